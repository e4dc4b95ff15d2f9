#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QTableView;

namespace rapport {

// One block of the Today view: a title with a count and a short list over
// any model (tickets at risk, obligations due, reviews, unpaid invoices…).
// Activating a row (double-click, Enter) emits activated(); the owner opens
// the record. Sections know nothing about what they list.
//
// A section is as tall as what it shows: the title and one line when the
// list is empty, else the list's rows up to kMaxRows (then it scrolls, and
// the title's count says how many there are).
class TodaySection : public QWidget
{
    Q_OBJECT

public:
    // The most rows a section shows without scrolling.
    static constexpr int kMaxRows = 8;

    explicit TodaySection(const QString &title = {}, QAbstractItemModel *model = nullptr, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_titleText; }
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const;
    QTableView *view() const { return m_view; }
    // Shown after the title; -1: still counting; the row count when not set.
    void setCount(int count);
    int count() const { return m_count; }
    // What an empty list says ("Nothing at risk").
    void setEmptyText(const QString &text);
    // The colour of the count when it is not zero (red for breaches).
    void setAccent(const QColor &color);

Q_SIGNALS:
    void activated(const QModelIndex &index);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateHeader();
    // Fits the list's height to its rows (at most kMaxRows) and its header.
    void fitViewHeight();

    QString m_titleText;
    int m_count = 0;
    QColor m_accent;
    QLabel *m_title;
    QLabel *m_empty;
    QTableView *m_view;
};

} // namespace rapport
