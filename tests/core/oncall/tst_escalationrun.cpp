// An escalation run as it stands at an instant: each contact's timeout moves it on, a negative
// outcome moves it on at once, the contacts loop round after round, a claim ends it, and
// outcomes logged late or not known yet change nothing.
#include "oncall/escalationrun.h"
#include "testenvironment.h"

#include <QTest>

using namespace hourglass;
using test::at;

namespace {

EscalationRun seedRun()
{
    // The seed's desk: the prime and four secondaries, 10 minutes each.
    EscalationRun run;
    run.id = 1;
    run.startedAt = at("2026-03-08T06:30:00Z");
    for (const char *login : {"ann", "bob", "cat", "dan", "eve"})
        run.contacts.append(EscalationContact{QString::fromLatin1(login), Seconds{600}});
    return run;
}

EscalationAttempt logged(int step, const char *contact, AttemptOutcome outcome, const char *when)
{
    EscalationAttempt a;
    a.step = step;
    a.contact = QString::fromLatin1(contact);
    a.outcome = outcome;
    a.at = at(when);
    return a;
}

} // namespace

class TestEscalationRun : public QObject
{
    Q_OBJECT

private slots:
    void startsWithThePrime();
    void timeoutsMoveToTheNextContact();
    void negativeOutcomesMoveOnAtOnce();
    void loopsUntilSomeoneAcknowledges();
    void aClaimEndsTheRun();
    void lateAndFutureOutcomesChangeNothing();
    void eachContactHasItsOwnTimeout();
    void keysReadBack();
};

void TestEscalationRun::startsWithThePrime()
{
    const EscalationRun run = seedRun();
    QVERIFY(!run.stateAt(at("2026-03-08T06:29:59Z")).current);
    const EscalationRun::State state = run.stateAt(run.startedAt);
    QVERIFY(state.current);
    QCOMPARE(state.current->contact, QStringLiteral("ann"));
    QCOMPARE(state.current->step, 0);
    QCOMPARE(state.current->end, at("2026-03-08T06:40:00Z"));
    QCOMPARE(state.steps.size(), 1);
}

void TestEscalationRun::timeoutsMoveToTheNextContact()
{
    const EscalationRun run = seedRun();
    EscalationRun::State state = run.stateAt(at("2026-03-08T06:39:59Z"));
    QCOMPARE(state.current->contact, QStringLiteral("ann"));
    state = run.stateAt(at("2026-03-08T06:40:00Z"));
    QCOMPARE(state.current->contact, QStringLiteral("bob"));
    QCOMPARE(state.current->position, 1);
    QCOMPARE(state.steps.first().how, EscalationStep::End::TimedOut);
    QCOMPARE(state.current->end, at("2026-03-08T06:50:00Z"));
    state = run.stateAt(at("2026-03-08T07:05:00Z"));
    QCOMPARE(state.current->contact, QStringLiteral("dan"));
    QCOMPARE(state.steps.size(), 4);
}

void TestEscalationRun::negativeOutcomesMoveOnAtOnce()
{
    EscalationRun run = seedRun();
    run.attempts = {logged(0, "ann", AttemptOutcome::Voicemail, "2026-03-08T06:32:00Z"),
                    logged(1, "bob", AttemptOutcome::Declined, "2026-03-08T06:33:30Z")};
    const EscalationRun::State state = run.stateAt(at("2026-03-08T06:34:00Z"));
    QCOMPARE(state.steps.size(), 3);
    QCOMPARE(state.steps.at(0).how, EscalationStep::End::Outcome);
    QCOMPARE(*state.steps.at(0).outcome, AttemptOutcome::Voicemail);
    QCOMPARE(state.steps.at(1).start, at("2026-03-08T06:32:00Z"));
    QCOMPARE(state.steps.at(1).end, at("2026-03-08T06:33:30Z"));
    QCOMPARE(state.current->contact, QStringLiteral("cat"));
    // cat's ten minutes count from bob's refusal, not from the start.
    QCOMPARE(state.current->end, at("2026-03-08T06:43:30Z"));
}

void TestEscalationRun::loopsUntilSomeoneAcknowledges()
{
    const EscalationRun run = seedRun();
    // Five contacts, ten minutes each: the second round starts 50 minutes in, with the prime.
    EscalationRun::State state = run.stateAt(at("2026-03-08T07:20:00Z"));
    QCOMPARE(state.current->contact, QStringLiteral("ann"));
    QCOMPARE(state.current->round, 1);
    QCOMPARE(state.current->step, 5);
    state = run.stateAt(at("2026-03-08T09:05:00Z"));
    QCOMPARE(state.current->step, 15);
    QCOMPARE(state.current->round, 3);
    QCOMPARE(state.current->contact, QStringLiteral("ann"));
    QVERIFY(!state.stepsCut);
    // A run left running for a year stops its walk instead of listing every step.
    state = run.stateAt(at("2027-03-08T06:30:00Z"));
    QVERIFY(state.stepsCut);
    QCOMPARE(state.steps.size(), EscalationRun::maximumSteps);
}

void TestEscalationRun::aClaimEndsTheRun()
{
    EscalationRun run = seedRun();
    run.attempts = {logged(0, "ann", AttemptOutcome::NoAnswer, "2026-03-08T06:31:00Z"),
                    logged(1, "bob", AttemptOutcome::Acknowledged, "2026-03-08T06:35:00Z")};
    run.owner = QStringLiteral("bob");
    run.ownedAt = at("2026-03-08T06:35:00Z");
    // Before the claim the run was at bob; after it, nobody is being tried any more.
    QCOMPARE(run.stateAt(at("2026-03-08T06:34:59Z")).current->contact, QStringLiteral("bob"));
    const EscalationRun::State state = run.stateAt(at("2026-03-08T08:00:00Z"));
    QVERIFY(!state.current);
    QCOMPARE(state.steps.size(), 2);
    QCOMPARE(state.steps.last().how, EscalationStep::End::Claimed);
    QCOMPARE(state.steps.last().end, at("2026-03-08T06:35:00Z"));
}

void TestEscalationRun::lateAndFutureOutcomesChangeNothing()
{
    EscalationRun run = seedRun();
    // ann's "no answer" logged after her ten minutes were up: bob was already being called.
    run.attempts = {logged(0, "ann", AttemptOutcome::NoAnswer, "2026-03-08T06:41:00Z")};
    EscalationRun::State state = run.stateAt(at("2026-03-08T06:42:00Z"));
    QCOMPARE(state.steps.first().how, EscalationStep::End::TimedOut);
    QCOMPARE(state.current->contact, QStringLiteral("bob"));
    QCOMPARE(state.current->end, at("2026-03-08T06:50:00Z"));
    // A voicemail logged at 06:35 is not known at 06:34.
    run.attempts = {logged(0, "ann", AttemptOutcome::Voicemail, "2026-03-08T06:35:00Z")};
    QCOMPARE(run.stateAt(at("2026-03-08T06:34:00Z")).current->contact, QStringLiteral("ann"));
    QCOMPARE(run.stateAt(at("2026-03-08T06:35:00Z")).current->contact, QStringLiteral("bob"));
    // A page is not a step.
    EscalationAttempt page = logged(-1, "rd", AttemptOutcome::Paged, "2026-03-08T06:31:00Z");
    page.level = 2;
    run.attempts = {page};
    QCOMPARE(run.stateAt(at("2026-03-08T06:32:00Z")).current->contact, QStringLiteral("ann"));
}

void TestEscalationRun::eachContactHasItsOwnTimeout()
{
    EscalationRun run = seedRun();
    run.contacts[0].timeout = Seconds{300};
    run.contacts[1].timeout = Seconds{1200};
    EscalationRun::State state = run.stateAt(at("2026-03-08T06:35:00Z"));
    QCOMPARE(state.current->contact, QStringLiteral("bob"));
    QCOMPARE(state.current->end, at("2026-03-08T06:55:00Z"));
    state = run.stateAt(at("2026-03-08T06:55:00Z"));
    QCOMPARE(state.current->contact, QStringLiteral("cat"));
    QVERIFY(!EscalationRun{}.stateAt(at("2026-03-08T06:55:00Z")).current);
}

void TestEscalationRun::keysReadBack()
{
    for (AttemptOutcome o : {AttemptOutcome::NoAnswer,
                             AttemptOutcome::Voicemail,
                             AttemptOutcome::Declined,
                             AttemptOutcome::Acknowledged,
                             AttemptOutcome::Paged}) {
        QCOMPARE(attemptOutcomeFromKey(attemptOutcomeKey(o)), o);
        QVERIFY(!attemptOutcomeName(o).isEmpty());
    }
    for (EscalationResolution r : {EscalationResolution::DeEscalated,
                                   EscalationResolution::Fixed,
                                   EscalationResolution::RolledBack})
        QCOMPARE(escalationResolutionFromKey(escalationResolutionKey(r)), r);
    QVERIFY(!attemptOutcomeFromKey(QStringLiteral("maybe")));
    QVERIFY(!escalationResolutionFromKey(QStringLiteral("")));
}

QTEST_GUILESS_MAIN(TestEscalationRun)
#include "tst_escalationrun.moc"
