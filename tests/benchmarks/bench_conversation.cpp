// bench_conversation: the ticket pane's thread at 500 messages, as an agent opens it: the
// messages laid out at the pane's width and the screenful painted; then a search's 50 hits
// laid out and painted. Offscreen (QT_QPA_PLATFORM=offscreen); run from a release tree.
#include "conversationview.h"
#include "searchresultsview.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QListWidget>
#include <QPixmap>

using namespace hourglass;

namespace {

QList<TicketMessage> thread(int count)
{
    QList<TicketMessage> messages;
    const TicketMessage::Kind kinds[] = {TicketMessage::Kind::Customer,
                                         TicketMessage::Kind::Reply,
                                         TicketMessage::Kind::Note,
                                         TicketMessage::Kind::Update};
    for (int i = 0; i < count; ++i) {
        TicketMessage m;
        m.id = i + 1;
        m.ticketId = 1;
        m.kind = i == 0 ? TicketMessage::Kind::Description : kinds[i % 4];
        m.at = fromEpoch(1'780'000'000 + i * 600);
        m.author = i % 2 ? QStringLiteral("Sophie Boucher") : QStringLiteral("Daniel Kim");
        m.text = QStringLiteral("Message %1: the console proxy in EU-West restarted again; the "
                                "operators behind the corporate proxy still time out after 30 "
                                "seconds, the others can work.")
                     .arg(i);
        messages.append(m);
    }
    return messages;
}

void openThread(benchmark::State &state)
{
    const QList<TicketMessage> messages = thread(int(state.range(0)));
    ConversationView view;
    view.resize(340, 420); // the pane's tab at 1280x800
    view.show();
    for (auto _ : state) {
        view.setMessages(messages);
        benchmark::DoNotOptimize(view.grab()); // laid out and the newest screenful painted
    }
    state.counters["messages"] = double(view.count());
}
BENCHMARK(openThread)->Arg(500)->Unit(benchmark::kMillisecond);

void showHits(benchmark::State &state)
{
    QList<TicketSearchHit> hits;
    for (int i = 0; i < SearchResultsView::shownHits; ++i) {
        TicketSearchHit hit;
        hit.ticket.id = 1000 + i;
        hit.ticket.customer = QStringLiteral("Thames Water Analytics");
        hit.ticket.title = QStringLiteral("VM console unreachable in region EU-West");
        hit.title = {hit.ticket.title, {{11, 11}}};
        hit.messageKind = TicketMessage::Kind::Customer;
        hit.snippet = {QStringLiteral("… the console proxy restarted again; the operators "
                                      "behind the corporate proxy still time out …"),
                       {{6, 7}, {52, 5}}};
        hits.append(hit);
    }
    SearchResultsView view;
    view.resize(700, 620);
    view.show();
    for (auto _ : state) {
        view.setResults(QStringLiteral("console proxy"), TicketScope::All, hits);
        benchmark::DoNotOptimize(view.grab());
    }
    state.counters["hits"] = double(view.list()->count());
}
BENCHMARK(showHits)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
