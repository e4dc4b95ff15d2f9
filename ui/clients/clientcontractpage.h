#pragma once

#include "domain/client.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rapport {

class FieldErrorLabel;
class OptionalDateEdit;

// The card's Contract & tariff tab: contract number and dates (each may be
// empty), and the monthly tariff when the client has one.
class ClientContractPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientContractPage(QWidget *parent = nullptr);

    void load(const Client &client);
    void apply(Client &client) const;
    QWidget *validate();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTariffEnabled();
    QString currency() const;
    // Parses a money field; shows the message under it when invalid.
    std::optional<Money> parseMoney(QLineEdit *edit, FieldErrorLabel *error, bool required) const;

    QGroupBox *m_contractBox;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_signedLabel;
    OptionalDateEdit *m_signed;
    QLabel *m_startLabel;
    OptionalDateEdit *m_start;
    QLabel *m_endLabel;
    OptionalDateEdit *m_end;
    FieldErrorLabel *m_datesError;

    QCheckBox *m_hasTariff;
    QGroupBox *m_tariffBox;
    QLabel *m_feeLabel;
    QLineEdit *m_fee;
    QComboBox *m_currency;
    FieldErrorLabel *m_feeError;
    QLabel *m_hoursLabel;
    QDoubleSpinBox *m_hours;
    QLabel *m_overageLabel;
    QLineEdit *m_overage;
    FieldErrorLabel *m_overageError;
    QLabel *m_vatLabel;
    QDoubleSpinBox *m_vat;
    QLabel *m_termsLabel;
    QSpinBox *m_terms;
    QLabel *m_rolloverLabel;
    QSpinBox *m_rollover;
    QLabel *m_billingModeLabel;
    QComboBox *m_billingMode; // data: the Tariff::BillingMode key
};

} // namespace rapport
