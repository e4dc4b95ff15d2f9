#include "clientcontractpage.h"

#include "clientlabels.h"
#include "fielderrorlabel.h"
#include "optionaldateedit.h"
#include "widgets/accessiblenames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

ClientContractPage::ClientContractPage(QWidget *parent)
    : QWidget(parent)
    , m_contractBox(new QGroupBox(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_signedLabel(new QLabel(this))
    , m_signed(new OptionalDateEdit(this))
    , m_startLabel(new QLabel(this))
    , m_start(new OptionalDateEdit(this))
    , m_endLabel(new QLabel(this))
    , m_end(new OptionalDateEdit(this))
    , m_datesError(new FieldErrorLabel(this))
    , m_hasTariff(new QCheckBox(this))
    , m_tariffBox(new QGroupBox(this))
    , m_feeLabel(new QLabel(this))
    , m_fee(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_feeError(new FieldErrorLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_overageLabel(new QLabel(this))
    , m_overage(new QLineEdit(this))
    , m_overageError(new FieldErrorLabel(this))
    , m_vatLabel(new QLabel(this))
    , m_vat(new QDoubleSpinBox(this))
    , m_termsLabel(new QLabel(this))
    , m_terms(new QSpinBox(this))
    , m_rolloverLabel(new QLabel(this))
    , m_rollover(new QSpinBox(this))
    , m_billingModeLabel(new QLabel(this))
    , m_billingMode(new QComboBox(this))
{
    m_number->setObjectName(u"contractNumber"_s);
    m_signed->setObjectName(u"contractSigned"_s);
    m_start->setObjectName(u"contractStart"_s);
    m_end->setObjectName(u"contractEnd"_s);
    m_datesError->setObjectName(u"contractDatesError"_s);
    m_hasTariff->setObjectName(u"hasTariff"_s);
    m_fee->setObjectName(u"monthlyFee"_s);
    m_currency->setObjectName(u"currency"_s);
    m_feeError->setObjectName(u"monthlyFeeError"_s);
    m_hours->setObjectName(u"includedHours"_s);
    m_overage->setObjectName(u"overageRate"_s);
    m_overageError->setObjectName(u"overageRateError"_s);
    m_vat->setObjectName(u"vatRate"_s);
    m_terms->setObjectName(u"paymentTerms"_s);
    m_rollover->setObjectName(u"rolloverMonths"_s);
    m_billingMode->setObjectName(u"billingMode"_s);

    m_currency->addItems(ClientLabels::currencies());
    m_hours->setRange(0, 10000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(1);
    m_vat->setRange(0, 100);
    m_vat->setDecimals(2);
    m_vat->setSuffix(u" %"_s);
    m_terms->setRange(0, 365);
    m_rollover->setRange(0, 12);
    // Texts in retranslateUi(); the data is the stable key.
    for (const auto mode : { Tariff::BillingMode::Advance, Tariff::BillingMode::Arrears })
        m_billingMode->addItem(QString(), billingModeKey(mode));
    m_fee->setAlignment(Qt::AlignRight);
    m_overage->setAlignment(Qt::AlignRight);
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_signed, m_start, m_end, m_hours, m_vat, m_terms, m_rollover })
        w->setMinimumWidth(140);
    m_fee->setMinimumWidth(140);
    m_overage->setMinimumWidth(140);

    m_numberLabel->setBuddy(m_number);
    m_signedLabel->setBuddy(m_signed);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    m_feeLabel->setBuddy(m_fee);
    m_hoursLabel->setBuddy(m_hours);
    m_overageLabel->setBuddy(m_overage);
    m_vatLabel->setBuddy(m_vat);
    m_termsLabel->setBuddy(m_terms);
    m_rolloverLabel->setBuddy(m_rollover);
    m_billingModeLabel->setBuddy(m_billingMode);

    const auto makeForm = [](QWidget *parent) {
        auto *form = new QFormLayout(parent);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return form;
    };
    QFormLayout *contract = makeForm(m_contractBox);
    m_number->setMinimumWidth(260);
    contract->addRow(m_numberLabel, m_number);
    contract->addRow(m_signedLabel, m_signed);
    contract->addRow(m_startLabel, m_start);
    contract->addRow(m_endLabel, FieldErrorLabel::stack(m_end, m_datesError));

    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee);
    feeRow->addWidget(m_currency);
    feeRow->addStretch(1);
    QFormLayout *tariff = makeForm(m_tariffBox);
    tariff->addRow(m_feeLabel, FieldErrorLabel::stack(feeRow, m_feeError));
    tariff->addRow(m_hoursLabel, m_hours);
    tariff->addRow(m_overageLabel, FieldErrorLabel::stack(m_overage, m_overageError));
    tariff->addRow(m_vatLabel, m_vat);
    tariff->addRow(m_termsLabel, m_terms);
    tariff->addRow(m_rolloverLabel, m_rollover);
    tariff->addRow(m_billingModeLabel, m_billingMode);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_contractBox);
    layout->addWidget(m_hasTariff);
    layout->addWidget(m_tariffBox);
    layout->addStretch(1);

    connect(m_number, &QLineEdit::textEdited, this, &ClientContractPage::changed);
    for (OptionalDateEdit *d : { m_signed, m_start, m_end })
        connect(d, &QDateEdit::dateChanged, this, &ClientContractPage::changed);
    connect(m_hasTariff, &QCheckBox::toggled, this, &ClientContractPage::changed);
    connect(m_hasTariff, &QCheckBox::toggled, this, &ClientContractPage::updateTariffEnabled);
    connect(m_fee, &QLineEdit::textEdited, this, &ClientContractPage::changed);
    connect(m_overage, &QLineEdit::textEdited, this, &ClientContractPage::changed);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &ClientContractPage::changed);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &ClientContractPage::changed);
    connect(m_vat, &QDoubleSpinBox::valueChanged, this, &ClientContractPage::changed);
    connect(m_terms, &QSpinBox::valueChanged, this, &ClientContractPage::changed);
    connect(m_rollover, &QSpinBox::valueChanged, this, &ClientContractPage::changed);
    connect(m_billingMode, &QComboBox::currentIndexChanged, this, &ClientContractPage::changed);
    // Messages go away as soon as the field is being corrected.
    connect(m_fee, &QLineEdit::textEdited, m_feeError, [this] { m_feeError->setError({}); });
    connect(m_overage, &QLineEdit::textEdited, m_overageError, [this] { m_overageError->setError({}); });
    connect(m_end, &QDateEdit::dateChanged, m_datesError, [this] { m_datesError->setError({}); });
    connect(m_start, &QDateEdit::dateChanged, m_datesError, [this] { m_datesError->setError({}); });

    retranslateUi();
    updateTariffEnabled();
}

void ClientContractPage::load(const Client &client)
{
    m_number->setText(client.contractNumber);
    m_signed->setOptionalDate(client.contractSignedOn);
    m_start->setOptionalDate(client.contractStart);
    m_end->setOptionalDate(client.contractEnd);
    const Tariff tariff = client.tariff.value_or(Tariff {});
    m_hasTariff->setChecked(client.tariff.has_value());
    const QString currency = tariff.monthlyFee.currency().isEmpty() ? u"KZT"_s : tariff.monthlyFee.currency();
    if (m_currency->findText(currency) < 0)
        m_currency->addItem(currency);
    m_currency->setCurrentText(currency);
    m_fee->setText(client.tariff ? tariff.monthlyFee.toPlainString() : QString());
    m_overage->setText(client.tariff ? Money(tariff.overageRate.minorUnits(), currency).toPlainString() : QString());
    m_hours->setValue(tariff.includedMinutes / 60.0);
    m_vat->setValue(tariff.vatRateBp / 100.0);
    m_terms->setValue(tariff.paymentTermsDays);
    m_rollover->setValue(tariff.rolloverMonths);
    m_billingMode->setCurrentIndex(m_billingMode->findData(billingModeKey(tariff.billingMode)));
    for (FieldErrorLabel *e : { m_datesError, m_feeError, m_overageError })
        e->setError({});
    updateTariffEnabled();
}

QString ClientContractPage::currency() const
{
    return m_currency->currentText();
}

std::optional<Money> ClientContractPage::parseMoney(QLineEdit *edit, FieldErrorLabel *error, bool required) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        if (required) {
            error->setError(tr("Enter the monthly fee, e.g. 150000 or 150000.00."));
            return std::nullopt;
        }
        error->setError({});
        return Money(0, currency());
    }
    auto money = Money::parse(text, currency());
    if (!money) {
        error->setError(money.error());
        return std::nullopt;
    }
    if (money->isNegative()) {
        error->setError(tr("The amount cannot be negative."));
        return std::nullopt;
    }
    error->setError({});
    return *money;
}

void ClientContractPage::apply(Client &client) const
{
    client.contractNumber = m_number->text().trimmed();
    client.contractSignedOn = m_signed->optionalDate();
    client.contractStart = m_start->optionalDate();
    client.contractEnd = m_end->optionalDate();
    if (!m_hasTariff->isChecked()) {
        client.tariff.reset();
        return;
    }
    Tariff t;
    // Unparseable amounts were refused by validate(); here they count as zero.
    const auto fee = Money::parse(m_fee->text().trimmed(), currency());
    const auto overage = Money::parse(m_overage->text().trimmed(), currency());
    t.monthlyFee = fee ? *fee : Money(0, currency());
    t.overageRate = overage ? *overage : Money(0, currency());
    t.includedMinutes = qRound(m_hours->value() * 60);
    t.vatRateBp = qRound(m_vat->value() * 100);
    t.paymentTermsDays = m_terms->value();
    t.rolloverMonths = m_rollover->value();
    t.billingMode
        = billingModeFromKey(m_billingMode->currentData().toString()).value_or(Tariff::BillingMode::Arrears);
    client.tariff = t;
}

QWidget *ClientContractPage::validate()
{
    QWidget *first = nullptr;
    const QDate start = m_start->optionalDate();
    const QDate end = m_end->optionalDate();
    if (start.isValid() && end.isValid() && end < start) {
        m_datesError->setError(tr("The contract cannot end before it starts."));
        first = m_end;
    } else {
        m_datesError->setError({});
    }
    if (m_hasTariff->isChecked()) {
        if (!parseMoney(m_fee, m_feeError, true) && !first)
            first = m_fee;
        if (!parseMoney(m_overage, m_overageError, false) && !first)
            first = m_overage;
    } else {
        m_feeError->setError({});
        m_overageError->setError({});
    }
    return first;
}

void ClientContractPage::updateTariffEnabled()
{
    m_tariffBox->setEnabled(m_hasTariff->isChecked());
}

void ClientContractPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientContractPage::retranslateUi()
{
    m_contractBox->setTitle(tr("Contract"));
    m_currency->setAccessibleName(tr("Currency"));
    m_numberLabel->setText(tr("Contract n&umber:"));
    m_signedLabel->setText(tr("Si&gned on:"));
    m_startLabel->setText(tr("St&arts:"));
    m_endLabel->setText(tr("Ends:"));
    const QString dateHint = tr("Leave as a dash when there is no date; Delete clears it.");
    for (OptionalDateEdit *d : { m_signed, m_start, m_end })
        d->setToolTip(dateHint);
    m_hasTariff->setText(tr("The client pays a monthly &tariff"));
    m_tariffBox->setTitle(tr("Tariff"));
    m_feeLabel->setText(tr("Monthly &fee:"));
    m_fee->setPlaceholderText(tr("e.g. 150000.00"));
    m_hoursLabel->setText(tr("Included &hours:"));
    m_hours->setSuffix(tr(" h"));
    m_overageLabel->setText(tr("&Overage rate per hour:"));
    m_overage->setPlaceholderText(tr("e.g. 12000.00"));
    m_vatLabel->setText(tr("&VAT:"));
    m_termsLabel->setText(tr("&Payment terms:"));
    m_terms->setSuffix(tr(" days"));
    m_rolloverLabel->setText(tr("Unused hours ro&ll over:"));
    m_rollover->setSpecialValueText(tr("no rollover"));
    m_rollover->setSuffix(tr(" months"));
    m_billingModeLabel->setText(tr("&Billed:"));
    m_billingMode->setItemText(m_billingMode->findData(billingModeKey(Tariff::BillingMode::Advance)),
        tr("in advance"));
    m_billingMode->setItemText(m_billingMode->findData(billingModeKey(Tariff::BillingMode::Arrears)),
        tr("in arrears"));
    m_billingMode->setToolTip(tr("In advance, the invoice made at the start of a month carries that month's fee "
                                 "with the last month's overage and corrections; in arrears, one invoice after "
                                 "the month carries both. The act of a month lists that month's work either way."));
    nameFieldsByTheirLabels(this);
}

} // namespace rapport
