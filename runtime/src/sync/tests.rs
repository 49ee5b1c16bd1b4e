//! The walker's decisions on small scripted windows (the seeded property test is in `tests/`).

use std::time::Duration;

use super::*;
use crate::Error;

fn t(text: &str) -> BeijingTime {
    text.parse().unwrap()
}

fn v(id: &str, at: &str) -> Version {
    Version { id: id.into(), modified: t(at) }
}

fn settings(window_secs: u64, max_pages: u32) -> SyncSettings {
    SyncSettings::new()
        .window(Duration::from_secs(window_secs))
        .lag(Duration::from_secs(60))
        .max_pages_per_window(max_pages)
        .clock(|| t("2026-11-30 12:01:00"))
}

fn start() -> Checkpoint {
    Checkpoint::start(t("2026-11-30 11:00:00"))
}

fn next(walker: &mut Walker) -> PageRequest {
    walker.next_page().expect("a page").expect("no error")
}

#[test]
fn a_window_of_one_page_is_done_in_one_fetch_and_its_end_second_is_remembered() {
    let mut walker = Walker::new("m", start(), &settings(3600, 10));
    assert_eq!(walker.target(), t("2026-11-30 12:00:00"), "now minus the lag");
    let request = next(&mut walker);
    assert_eq!(
        (request.window.start, request.window.end, request.page),
        (t("2026-11-30 11:00:00"), t("2026-11-30 12:00:00"), 1)
    );
    let rows = [v("1", "2026-11-30 11:00:00"), v("2", "2026-11-30 12:00:00"), v("3", "2026-11-30 12:00:01")];
    let arrival = walker.arrived(&request, 1, Some(3), &rows).unwrap();
    assert_eq!(arrival.keep, [true, true, false], "a row after the window is left to the window that holds it");
    let checkpoint = arrival.checkpoint.unwrap();
    assert_eq!(checkpoint.at(), t("2026-11-30 12:00:00"));
    assert_eq!(checkpoint.seen_at().iter().collect::<Vec<_>>(), ["2"]);
    assert!(walker.next_page().is_none(), "caught up");

    // The next run starts at the boundary second and skips what the checkpoint saw there.
    let later = settings(3600, 10).clock(|| t("2026-11-30 12:11:00"));
    let mut walker = Walker::new("m", checkpoint, &later);
    let request = next(&mut walker);
    assert_eq!((request.window.start, request.window.end), (t("2026-11-30 12:00:00"), t("2026-11-30 12:10:00")));
    let arrival =
        walker.arrived(&request, 1, None, &[v("2", "2026-11-30 12:00:00"), v("4", "2026-11-30 12:00:00")]).unwrap();
    assert_eq!(arrival.keep, [false, true]);
}

#[test]
fn pages_are_walked_from_the_last_to_the_first_after_the_probe() {
    let mut walker = Walker::new("m", start(), &settings(3600, 10));
    let probe = next(&mut walker);
    assert!(
        walker
            .arrived(&probe, 3, Some(6), &[v("a", "2026-11-30 11:10:00"), v("b", "2026-11-30 11:20:00")])
            .unwrap()
            .checkpoint
            .is_none()
    );
    // `a` left after the probe: `c` shifted from page 2 to page 1, `e` from page 3 to page 2.
    let pages = [
        (3, vec![v("f", "2026-11-30 11:50:00")]),
        (2, vec![v("d", "2026-11-30 11:40:00"), v("e", "2026-11-30 11:45:00")]),
        (1, vec![v("b", "2026-11-30 11:20:00"), v("c", "2026-11-30 11:30:00")]),
    ];
    let mut order = Vec::new();
    for (page, rows) in pages {
        let request = next(&mut walker);
        order.push(request.page);
        assert_eq!(request.page, page);
        let arrival = walker.arrived(&request, 3, Some(5), &rows).unwrap();
        if page == 1 {
            assert_eq!(arrival.keep, [false, true], "`b` was handed out by the probe, `c` is new");
            assert!(arrival.checkpoint.is_some());
        } else {
            assert!(arrival.keep.iter().all(|keep| *keep) && arrival.checkpoint.is_none());
        }
    }
    assert_eq!(order, [3, 2, 1]);
}

#[test]
fn a_window_with_too_many_pages_is_shrunk_and_probed_again() {
    let mut walker = Walker::new("m", start(), &settings(3600, 10));
    let probe = next(&mut walker);
    let arrival = walker.arrived(&probe, 40, Some(800), &[v("a", "2026-11-30 11:00:00")]).unwrap();
    assert_eq!(arrival, Arrival { keep: vec![false], checkpoint: None }, "the probe is discarded");
    let again = next(&mut walker);
    assert_eq!(
        (again.window.start, again.window.end, again.page),
        (t("2026-11-30 11:00:00"), t("2026-11-30 11:15:00"), 1)
    );
}

#[test]
fn a_window_that_keeps_growing_restarts_then_fails() {
    let mut walker = Walker::new("dangdang.orders.list.get", start(), &settings(3600, 10));
    let probe = next(&mut walker);
    walker.arrived(&probe, 2, Some(40), &[]).unwrap();
    for (restart, records) in (41..).take(MAX_RESTARTS as usize).enumerate() {
        let request = next(&mut walker);
        assert_eq!(request.page, 2, "restart {restart} walks again from the last page");
        walker.arrived(&request, 2, Some(records), &[]).unwrap();
    }
    let request = next(&mut walker);
    match walker.arrived(&request, 3, Some(50), &[]) {
        Err(Error::Pagination { method, page: 2, problem }) => {
            assert_eq!(method, "dangdang.orders.list.get");
            assert!(problem.contains("kept growing") && problem.contains("lag"), "{problem}");
        }
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert!(walker.next_page().is_none(), "the run is over");
    assert_eq!(walker.checkpoint(), &start());
}

#[test]
fn a_walk_that_saw_fewer_rows_than_the_window_holds_walks_it_again() {
    let mut walker = Walker::new("m", start(), &settings(3600, 10));
    let (a, b) = (v("a", "2026-11-30 11:10:00"), v("b", "2026-11-30 11:20:00"));
    let (c, d) = (v("c", "2026-11-30 11:30:00"), v("d", "2026-11-30 11:40:00"));
    let probe = next(&mut walker);
    walker.arrived(&probe, 2, Some(4), &[a.clone(), b.clone()]).unwrap();
    // An unstable order: page 2 lists what page 1 did, `c` and `d` are on neither.
    let two = next(&mut walker);
    assert_eq!(walker.arrived(&two, 2, Some(4), &[a.clone(), b.clone()]).unwrap().keep, [false, false]);
    let one = next(&mut walker);
    assert_eq!(walker.arrived(&one, 2, Some(4), &[a.clone(), b.clone()]).unwrap().checkpoint, None, "2 seen < 4 held");
    let again = next(&mut walker);
    assert_eq!(again.page, 2, "walked again from the last page");
    assert_eq!(walker.arrived(&again, 2, Some(4), &[c, d]).unwrap().keep, [true, true]);
    let one = next(&mut walker);
    assert!(walker.arrived(&one, 2, Some(4), &[a, b]).unwrap().checkpoint.is_some());
}

#[test]
fn bad_settings_fail_once() {
    for bad in [settings(0, 10), settings(3600, 0)] {
        let mut walker = Walker::new("m", start(), &bad);
        assert!(matches!(walker.next_page(), Some(Err(Error::Config(_)))));
        assert!(walker.next_page().is_none());
    }
}

#[tokio::test]
async fn run_hands_out_records_then_the_checkpoint_and_ends_at_a_fetch_error() {
    use futures_util::StreamExt;

    let fetched = |request: PageRequest| async move {
        if request.window.start == t("2026-11-30 11:00:00") {
            let records = vec![(v("1", "2026-11-30 11:20:00"), 1), (v("2", "2026-11-30 11:30:00"), 2)];
            Ok(FetchedPage { total_pages: 1, total_records: Some(2), records })
        } else {
            Err(Error::Config("gateway down".into()))
        }
    };
    let events: Vec<_> = run("m", start(), &settings(1800, 10), fetched).collect().await;
    assert_eq!(events.len(), 4);
    assert!(matches!(events[0], Ok(SyncEvent::Record(1))));
    assert!(matches!(events[1], Ok(SyncEvent::Record(2))));
    assert!(matches!(&events[2], Ok(SyncEvent::Checkpoint(c)) if c.at() == t("2026-11-30 11:30:00")));
    assert!(matches!(&events[3], Err(Error::Config(message)) if message == "gateway down"));
}
