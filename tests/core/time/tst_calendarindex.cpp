// CalendarIndex: each date gets exactly its own holidays and exceptions, in the list's order.
#include "time/calendarindex.h"

#include <QTest>

using namespace hourglass;

namespace {

date::year_month_day ymd(int y, unsigned m, unsigned d)
{
    return date::year{y} / m / d;
}

int dayOf(const date::year_month_day &date)
{
    return int(date::sys_days{date}.time_since_epoch().count());
}

std::vector<int> holidaysOn(const CalendarIndex &index, const date::year_month_day &date)
{
    std::vector<int> out{99}; // left over from an earlier day: cleared
    index.holidaysOn(dayOf(date), date, out);
    return out;
}

std::vector<int> exceptionsOn(const CalendarIndex &index, const date::year_month_day &date)
{
    std::vector<int> out{99};
    index.exceptionsOn(dayOf(date), out);
    return out;
}

} // namespace

class TestCalendarIndex : public QObject
{
    Q_OBJECT

private slots:
    void datedAndAnnualMergeInListOrder();
    void leapDayOnlyInLeapYears();
    void exceptionsByDate();
    void countsOnlyWhatItHandsOut();
};

void TestCalendarIndex::datedAndAnnualMergeInListOrder()
{
    CalendarDefinition definition;
    definition.holidays.append({QStringLiteral("0"), {}, date::month{12} / date::day{25}, {}});
    definition.holidays.append({QStringLiteral("1"), ymd(2026, 12, 25), {}, {}});
    definition.holidays.append({QStringLiteral("2"), ymd(2026, 12, 26), {}, {}});
    definition.holidays.append({QStringLiteral("3"), {}, date::month{12} / date::day{25}, {}});
    definition.holidays.append({QStringLiteral("4"), ymd(2026, 12, 25), {}, {}});
    definition.holidays.append({QStringLiteral("5"), ymd(1850, 12, 25), {}, {}});
    const CalendarIndex index(definition);
    QCOMPARE(holidaysOn(index, ymd(2026, 12, 25)), (std::vector<int>{0, 1, 3, 4}));
    QCOMPARE(holidaysOn(index, ymd(2026, 12, 26)), (std::vector<int>{2}));
    QCOMPARE(holidaysOn(index, ymd(2027, 12, 25)), (std::vector<int>{0, 3}));
    QCOMPARE(holidaysOn(index, ymd(1850, 12, 25)), (std::vector<int>{0, 3, 5}));
    QCOMPARE(holidaysOn(index, ymd(2026, 12, 24)), std::vector<int>{});
}

void TestCalendarIndex::leapDayOnlyInLeapYears()
{
    CalendarDefinition definition;
    definition.holidays.append({QStringLiteral("Leap"), {}, date::month{2} / date::day{29}, {}});
    const CalendarIndex index(definition);
    QCOMPARE(holidaysOn(index, ymd(2028, 2, 29)), (std::vector<int>{0}));
    QCOMPARE(holidaysOn(index, ymd(2027, 2, 28)), std::vector<int>{});
    QCOMPARE(holidaysOn(index, ymd(2027, 3, 1)), std::vector<int>{});
}

void TestCalendarIndex::exceptionsByDate()
{
    CalendarDefinition definition;
    definition.exceptions.append({QStringLiteral("0"), ymd(2026, 6, 20), {{600, 720}}});
    definition.exceptions.append({QStringLiteral("1"), ymd(2026, 6, 19), {{600, 720}}});
    definition.exceptions.append({QStringLiteral("2"), ymd(2026, 6, 20), {{800, 900}}});
    const CalendarIndex index(definition);
    QCOMPARE(exceptionsOn(index, ymd(2026, 6, 20)), (std::vector<int>{0, 2}));
    QCOMPARE(exceptionsOn(index, ymd(2026, 6, 19)), (std::vector<int>{1}));
    QCOMPARE(exceptionsOn(index, ymd(2026, 6, 21)), std::vector<int>{});
    QCOMPARE(exceptionsOn(index, ymd(2025, 6, 20)), std::vector<int>{});
}

void TestCalendarIndex::countsOnlyWhatItHandsOut()
{
    CalendarDefinition definition;
    for (int i = 0; i < 1000; ++i) {
        const date::year_month_day d{date::sys_days{ymd(2000, 1, 1)} + date::days{i}};
        definition.holidays.append({QStringLiteral("H"), d, {}, {}});
    }
    const CalendarIndex index(definition);
    QCOMPARE(index.entriesVisited(), 0u);
    QCOMPARE(holidaysOn(index, ymd(2000, 1, 10)), (std::vector<int>{9}));
    QCOMPARE(holidaysOn(index, ymd(1999, 12, 31)), std::vector<int>{});
    QCOMPARE(index.entriesVisited(), 1u);
}

QTEST_GUILESS_MAIN(TestCalendarIndex)
#include "tst_calendarindex.moc"
