//! Benchmark documents shared by the `decode` and `request` benches: the fixtures of
//! `tests/fixtures/` with their list entries repeated, as UTF-8 text (what the fake gateway is given)
//! and GBK-encoded once (what a real gateway sends and what the decoders read).

#![allow(dead_code, reason = "each bench uses part of the shared set")]

use std::path::PathBuf;

use dangdang_tests::fixture_path;

/// Order lines and history entries in the large order-details document.
pub const ORDER_DETAIL_LINES: usize = 200;
/// Orders on the list page.
pub const LIST_PAGE_ORDERS: usize = 20;
/// SKUs (`SpecilaItemInfo`) of the item.
pub const ITEM_SKUS: usize = 200;

/// One benchmark document.
pub struct Document {
    /// Short name, used in benchmark ids and file names.
    pub name: &'static str,
    /// The text as written (UTF-8, declaring `encoding="GBK"`).
    pub text: String,
    /// The same document GBK-encoded: the bytes every decoder is given.
    pub gbk: Vec<u8>,
}

impl Document {
    fn new(name: &'static str, text: String) -> Document {
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
        assert!(!unmappable, "{name}: the benchmark document must be representable in GBK");
        Document { name, gbk: gbk.into_owned(), text }
    }
}

fn fixture(name: &str) -> String {
    let path = fixture_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// The blocks `<tag>…</tag>` found in `region`, each with the indentation before it and the line
/// end after it, in order.
fn blocks<'a>(region: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = region;
    while let Some(at) = rest.find(&open) {
        let line_start = rest[..at].rfind('\n').map_or(0, |n| n + 1);
        let end = at + rest[at..].find(&close).unwrap_or_else(|| panic!("unclosed <{tag}>")) + close.len();
        let end = if rest[end..].starts_with('\n') { end + 1 } else { end };
        found.push(&rest[line_start..end]);
        rest = &rest[end..];
    }
    assert!(!found.is_empty(), "no <{tag}> in the fixture");
    found
}

/// Replaces the span from the first to the last `<tag>` block in `doc` (after `within`, the text
/// of an opening tag that precedes them) by `count` blocks cycling through the originals, each
/// passed through `vary(index, block)`.
fn repeat(doc: &str, within: &str, tag: &str, count: usize, vary: impl Fn(usize, &str) -> String) -> String {
    let from = doc.find(within).unwrap_or_else(|| panic!("no {within} in the fixture"));
    let originals = blocks(&doc[from..], tag);
    // Only the first run of consecutive blocks (the list being repeated).
    let first = originals[0];
    let start = first.as_ptr() as usize - doc.as_ptr() as usize;
    let mut end = start;
    let mut run = Vec::new();
    for block in originals {
        let at = block.as_ptr() as usize - doc.as_ptr() as usize;
        if !doc[end..at].trim().is_empty() {
            break;
        }
        end = at + block.len();
        run.push(block);
    }
    let mut repeated = String::new();
    for index in 0..count {
        repeated.push_str(&vary(index, run[index % run.len()]));
    }
    format!("{}{repeated}{}", &doc[..start], &doc[end..])
}

/// `dangdang.order.details.get` with [`ORDER_DETAIL_LINES`] order lines (`ItemsList/ItemInfo`) and
/// as many history entries (`OrderOperateList/OperateInfo`).
pub fn order_details_large() -> Document {
    let doc = fixture("order_details_get.xml");
    let doc = repeat(&doc, "<ItemsList>", "ItemInfo", ORDER_DETAIL_LINES, |i, block| {
        block
            .replace("<itemID>1900123456<", &format!("<itemID>{}<", 1_900_123_456 + i))
            .replace("SKU-JACKET-38<", &format!("SKU-JACKET-38-{i}<"))
    });
    let doc = repeat(&doc, "<OrderOperateList>", "OperateInfo", ORDER_DETAIL_LINES, |_, block| block.to_owned());
    Document::new("order_details_200_lines", doc)
}

/// `dangdang.orders.list.get`: one page of [`LIST_PAGE_ORDERS`] orders, cycling through the
/// fixture's two orders (one with every field, one sparse).
pub fn orders_list_page() -> Document {
    let doc = fixture("orders_list_get.xml").replace("<orderCount>2<", &format!("<orderCount>{LIST_PAGE_ORDERS}<"));
    let doc = repeat(&doc, "<OrdersList>", "OrderInfo", LIST_PAGE_ORDERS, |i, block| {
        let id = 5_081_234_567_i64 + i as i64;
        block
            .replace("<orderID>5081234567<", &format!("<orderID>{id}<"))
            .replace("<orderID>5081234999<", &format!("<orderID>{id}<"))
    });
    Document::new("orders_list_20_orders", doc)
}

/// `dangdang.item.get`: one item with [`ITEM_SKUS`] SKUs (`ItemDetail/SpecilaItemInfo*`), cycling
/// through the fixture's two.
pub fn item_many_skus() -> Document {
    let doc = fixture("item_get.xml");
    let doc = repeat(&doc, "<ItemDetail>", "SpecilaItemInfo", ITEM_SKUS, |i, block| {
        block
            .replace("<subItemID>1900123457<", &format!("<subItemID>{}<", 1_900_200_000 + i))
            .replace("<subItemID>1900123458<", &format!("<subItemID>{}<", 1_900_200_000 + i))
            .replace("<specialAttributeSeq>1<", &format!("<specialAttributeSeq>{}<", i + 1))
            .replace("<specialAttributeSeq>2<", &format!("<specialAttributeSeq>{}<", i + 1))
    });
    Document::new("item_200_skus", doc)
}

/// Every benchmark document.
pub fn documents() -> Vec<Document> {
    vec![order_details_large(), orders_list_page(), item_many_skus()]
}

/// The cargo target directory this bench runs from (`<target>/release/deps/<bench>`).
pub fn target_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the bench knows its own path");
    exe.ancestors().nth(3).expect("the bench runs from <target>/<profile>/deps").to_path_buf()
}

/// `<target>/bench-results/`, created.
pub fn results_dir() -> PathBuf {
    let dir = target_dir().join("bench-results");
    std::fs::create_dir_all(&dir).expect("cannot create the bench results directory");
    dir
}

/// Whether cargo runs the benchmark for measurement (`cargo bench` passes `--bench`), rather than
/// as a smoke test (`cargo test --benches`).
pub fn measuring() -> bool {
    std::env::args().any(|arg| arg == "--bench")
}
