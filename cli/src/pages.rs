//! `dangdang pages`: walks every page of a list method (the spec's `pagination:` names the page
//! and size parameters, the item list and the totals), one item per line on stdout (typed JSON for
//! a typed paged method, else JSON of its tree), a progress bar on stderr; Ctrl-C stops after the
//! current page.
//!
//! The runtime's own page walk (`rt::paginate`) drives typed `Paged` requests; the command line
//! sends untyped calls by name, so it walks with the spec's `pagination:` instead.

use std::borrow::Cow;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use dangdang_api::{Error, XmlElement};
use dangdang_codegen::model::Pagination;
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{Global, PagesArgs};
use crate::call::{names, prepare, send};
use crate::exit::Failure;
use crate::output::{json_line, typed_items};
use crate::resolve::resolve;

/// Runs `dangdang pages`.
pub async fn run(global: &Global, args: &PagesArgs) -> Result<(), Failure> {
    let method = resolve(&args.send.method)?;
    let name = method.info.name;
    let Some(pagination) = method.method().pagination.clone() else {
        return Err(Failure::Usage(format!(
            "{name} is not a paged method (no `pagination:` in the spec); use `dangdang call`"
        )));
    };
    let base = prepare(&method, &args.send)?;
    let first = Pagination::DEFAULT_FIRST_PAGE;
    let first = pagination.first_page.unwrap_or(first);
    let start = match args.send.params.iter().find(|(wire, _)| *wire == pagination.page) {
        Some((wire, value)) => {
            value.trim().parse::<i64>().map_err(|_| Failure::Usage(format!("`{wire}` must be a page number")))?
        }
        None => first,
    };
    let client = crate::client::client(global)?;
    let names = names(&method, &args.send);
    let stop = interrupt_flag();
    let bar = progress_bar();
    let mut out = std::io::stdout().lock();
    let (mut page, mut written, mut previous) = (start, 0u64, None::<String>);
    loop {
        let mut call = base.clone();
        call.params.retain(|(wire, _)| *wire != pagination.page);
        call.params.push((Cow::Owned(pagination.page.clone()), page.to_string()));
        let (raw, tree) = send(&client, call).await?;
        let mut lines = Vec::new();
        let typed = if args.tree { None } else { typed_items(name, &raw, &names) };
        let count = match typed {
            Some(records) => {
                let records = records?;
                for record in &records {
                    json_line(&mut lines, record, false)?;
                }
                records.len()
            }
            None => {
                let items = items(&tree, pagination.items.as_deref());
                for item in &items {
                    json_line(&mut lines, &names.json(item), false)?;
                }
                items.len()
            }
        };
        let lines = String::from_utf8(lines).map_err(|e| Failure::Internal(e.to_string()))?;
        if count > 0 && previous.as_deref() == Some(lines.as_str()) {
            return Err(Error::Pagination {
                method: name,
                page: page as i32,
                problem: "the page repeats the previous one".into(),
            }
            .into());
        }
        out.write_all(lines.as_bytes()).and_then(|()| out.flush())?;
        written += count as u64;
        let pages = total_pages(&tree, &pagination, &args.send.params);
        if let Some(pages) = pages {
            bar.set_length(pages.max(0) as u64);
        }
        bar.set_position((page - first + 1).max(0) as u64);
        bar.set_message(format!("{written} items"));
        tracing::info!(method = name, page, items = count, total_pages = pages, "page");
        if stop.load(Ordering::SeqCst) {
            bar.abandon();
            return Err(Failure::Interrupted(format!("interrupted after page {page}; {written} items written")));
        }
        let last = match pages {
            Some(pages) => page - first + 1 >= pages,
            None => count == 0,
        };
        let limit = args.max_pages.is_some_and(|max| page - start + 1 >= i64::from(max));
        if last || count == 0 || limit {
            break;
        }
        previous = Some(lines);
        page += 1;
    }
    bar.finish_and_clear();
    Ok(())
}

/// The records of one page: the elements at the spec's `items` path (`OrdersList/OrderInfo`).
fn items<'a>(tree: &'a XmlElement, path: Option<&'a str>) -> Vec<&'a XmlElement> {
    let Some(path) = path else { return Vec::new() };
    let (parent, leaf) = match path.rsplit_once('/') {
        Some((parent, leaf)) => (tree.at(parent), leaf),
        None => (Some(tree), path),
    };
    parent.map(|parent| parent.children_named(leaf).collect()).unwrap_or_default()
}

/// The number of pages the reply states: `total_pages`, or `total_records` over the page size
/// (the `size` parameter as given).
fn total_pages(tree: &XmlElement, pagination: &Pagination, params: &[(String, String)]) -> Option<i64> {
    let number = |path: &String| tree.text_at(path).and_then(|text| text.trim().parse::<i64>().ok());
    if let Some(pages) = pagination.total_pages.as_ref().and_then(number) {
        return Some(pages);
    }
    let records = pagination.total_records.as_ref().and_then(number)?;
    let size = pagination.size.as_ref()?;
    let size: i64 = params.iter().find(|(wire, _)| wire == size)?.1.parse().ok().filter(|&s: &i64| s > 0)?;
    Some((records + size - 1) / size)
}

/// Set by Ctrl-C; the walk checks it after each page.
fn interrupt_flag() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("dangdang: stopping after the current page (Ctrl-C)");
            flag.store(true, Ordering::SeqCst);
        }
    });
    stop
}

/// A bar on stderr (drawn only when stderr is a terminal): pages done of the total, items written.
fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(0), indicatif::ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{spinner} page {pos}/{len} {wide_bar} {msg} [{elapsed}]")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}
