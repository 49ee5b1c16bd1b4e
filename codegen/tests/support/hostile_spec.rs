//! Specs built from hostile names and prose, and the property each must satisfy. Shared by
//! `tests/names_property.rs` (seeded byte strings) and the `spec_names` fuzz target (libFuzzer's
//! bytes), both through `#[path]`, so the two check exactly the same thing.
//!
//! A hand-written generator rather than proptest: the spec is driven by a plain byte string, which
//! is what libFuzzer hands the fuzz target, so one generator serves both and needs no dependency.
#![allow(dead_code)]

use proc_macro2::{TokenStream, TokenTree};

/// Hostile names: keywords (2024 edition included), reserved and prelude names, leading digits,
/// empty and underscore-only names, non-ASCII, punctuation, Markdown.
pub const NAMES: &[&str] = &[
    "",
    "_",
    "__",
    "type",
    "Self",
    "self",
    "crate",
    "super",
    "gen",
    "try",
    "async",
    "fn",
    "match",
    "yield",
    "String",
    "Option",
    "Vec",
    "Result",
    "Request",
    "Response",
    "Document",
    "Error",
    "Other",
    "Into",
    "Some",
    "None",
    "decoder",
    "time",
    "functionID",
    "extra_params",
    "new",
    "items",
    "send",
    "execute",
    "builder",
    "std",
    "123",
    "2nd",
    "9Info",
    "1x",
    "Foo Bar",
    "订单",
    "é",
    "x-y",
    "a.b",
    "`",
    "|",
    "<b>",
    "[x]",
    "\"",
    "\\",
    "#",
    "r#type",
    "a__b",
];

/// Plain names, joined to hostile ones (`order9Info`, `__Self`).
pub const PLAIN: &[&str] =
    &["order", "Info", "price", "ID", "list", "state", "Item", "total", "page", "a", "B", "c2", "OrderState", "X"];

/// Prose that rustdoc would read as code, HTML or Markdown structure if it came through as written.
pub const PROSE: &[&str] = &[
    "plain words",
    "```\nstd::process::exit(3);\n```",
    "```rust\nfn main() { std::fs::write(\"pwned\", \"x\").unwrap(); }\n```",
    "~~~\npanic!()\n~~~",
    "text\n\n    std::process::abort();\n",
    "    let indented = 1;",
    "- ```\n  x\n  ```",
    "> ```\n> y",
    "1. ```rust",
    "<script>alert(1)</script>",
    "`unclosed <img src=x onerror=alert(1)>",
    "a\\`<b>`",
    "| a | b |\n|---|---|\n| c | d |",
    "# Heading\n===",
    "[link](javascript:alert(1)) [^note]",
    "see http://x.cn/a<b>\"c",
    "中文 — 说明",
    "\t\ttabbed",
    "``` ```` ~~~~~",
];

/// Numbers for `min:`/`max:`, finite or not, fitting `int` or not.
const BOUNDS: &[&str] =
    &["0", "1", "-5", "0.01", "9999999.99", "2147483647", "2147483648", "1e30", ".inf", "-.inf", ".nan", "0.5"];

const SCALARS: &[&str] = &["int", "long", "decimal", "string", "datetime", "bool01"];

/// Choices read from a byte string, then from a fixed filler.
pub struct Choices<'a> {
    data: &'a [u8],
    at: usize,
    fresh: usize,
}

impl<'a> Choices<'a> {
    /// Choices from `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Choices { data, at: 0, fresh: 0 }
    }

    fn byte(&mut self) -> u8 {
        // Past the end, a fixed spread of values rather than zeros (zero picks the hostile branch).
        let filler = (self.at as u8).wrapping_mul(37).wrapping_add(1);
        let byte = self.data.get(self.at).copied().unwrap_or(filler);
        self.at += 1;
        byte
    }

    fn below(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n
    }

    fn pick<'b>(&mut self, items: &[&'b str]) -> &'b str {
        items[self.below(items.len())]
    }

    fn chance(&mut self, in_four: u8) -> bool {
        self.byte() % 4 < in_four
    }

    /// Mostly a fresh plain name (`order3`, or `Order3` when `upper`); one time in 24 one or two
    /// pool names joined (`type`, `order9Info`, `__Self`), so that a good share of the specs hold
    /// no hostile name and pass.
    fn name(&mut self, upper: bool) -> String {
        if self.byte() % 24 == 0 {
            let mut name = self.pick(NAMES).to_owned();
            if self.chance(1) {
                let other = if self.chance(2) { self.pick(PLAIN) } else { self.pick(NAMES) };
                if self.chance(2) { name.push_str(other) } else { name.insert_str(0, other) }
            }
            return name;
        }
        self.fresh += 1;
        let plain = ["order", "item", "price", "state", "info"][self.below(5)];
        if upper {
            format!("{}{}{}", plain[..1].to_uppercase(), &plain[1..], self.fresh)
        } else {
            format!("{plain}{}", self.fresh)
        }
    }
}

/// A YAML double-quoted scalar holding `text` exactly.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A whole spec (one file, no includes) whose names, prose and bounds come from `data`.
pub fn spec_from_bytes(data: &[u8]) -> String {
    let mut c = Choices::new(data);
    let mut out = String::from(
        "info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\n",
    );
    out.push_str(&format!("sources:\n  {}: {}\n", quoted(&c.name(false)), quoted(c.pick(PROSE))));
    let mut types = Vec::new();
    out.push_str("types:\n");
    for _ in 0..1 + c.below(2) {
        let name = c.name(true);
        out.push_str(&format!("  {}:\n    repr: int\n    en: {}\n    values:\n", quoted(&name), quoted(c.pick(PROSE))));
        for code in 0..1 + c.below(3) {
            let variant = c.name(true);
            out.push_str(&format!(
                "      - {{ code: {code}, name: {}, en: {} }}\n",
                quoted(&variant),
                quoted(c.pick(PROSE))
            ));
        }
        types.push(name);
    }
    out.push_str("methods:\n");
    for _ in 0..1 + c.below(2) {
        method(&mut c, &mut out, &types);
    }
    out
}

fn method(c: &mut Choices<'_>, out: &mut String, types: &[String]) {
    let name = format!("dangdang.{}", c.name(false));
    let multipart = c.chance(1);
    out.push_str(&format!("  - name: {}\n", quoted(&name)));
    if c.chance(1) {
        out.push_str(&format!("    rust_name: {}\n", quoted(&c.name(false))));
    }
    out.push_str("    group: orders\n    legacy_url: http://api.dangdang.com/v2/x.php\n");
    out.push_str(if multipart { "    transport: multipart\n" } else { "    transport: get\n" });
    out.push_str(&format!("    safety: read\n    en: {}\n    zh: {}\n", quoted(c.pick(PROSE)), quoted(c.pick(PROSE))));
    out.push_str(&format!("    notes: [{}]\n    provenance: {{ status: documented }}\n", quoted(c.pick(PROSE))));
    out.push_str("    params:\n");
    for _ in 0..c.below(4) {
        let ty = if c.chance(1) { types[c.below(types.len())].clone() } else { c.pick(SCALARS).to_owned() };
        out.push_str(&format!(
            "      - {{ wire: {}, type: {}, en: {}",
            quoted(&c.name(false)),
            quoted(&ty),
            quoted(c.pick(PROSE))
        ));
        if c.chance(1) {
            out.push_str(&format!(", rust: {}", quoted(&c.name(false))));
        }
        if c.byte() % 8 == 0 {
            out.push_str(&format!(", min: {}, max: {}", c.pick(BOUNDS), c.pick(BOUNDS)));
        }
        if c.chance(1) {
            out.push_str(&format!(", limits: {}, allowed: [{}]", quoted(c.pick(PROSE)), quoted(&c.name(false))));
        }
        out.push_str(" }\n");
    }
    if multipart {
        out.push_str(&format!(
            "    upload:\n      field: {}\n      format: xml\n      document:\n",
            quoted(&c.name(false))
        ));
        elements(c, out, 8, 2, types);
    }
    if c.chance(3) {
        out.push_str("    response:\n");
        elements(c, out, 6, 2, types);
    }
}

fn elements(c: &mut Choices<'_>, out: &mut String, indent: usize, depth: usize, types: &[String]) {
    let pad = " ".repeat(indent);
    for _ in 0..1 + c.below(3) {
        out.push_str(&format!("{pad}- name: {}\n", quoted(&c.name(false))));
        out.push_str(&format!("{pad}  en: {}\n", quoted(c.pick(PROSE))));
        if c.chance(1) {
            out.push_str(&format!("{pad}  rust: {}\n", quoted(&c.name(false))));
        }
        if c.chance(1) {
            out.push_str(&format!("{pad}  repeated: true\n"));
        }
        if depth > 0 && c.chance(2) {
            if c.chance(1) {
                out.push_str(&format!("{pad}  struct: {}\n", quoted(&c.name(true))));
            }
            out.push_str(&format!("{pad}  children:\n"));
            elements(c, out, indent + 4, depth - 1, types);
        } else {
            let ty = if c.chance(1) { types[c.below(types.len())].clone() } else { c.pick(SCALARS).to_owned() };
            out.push_str(&format!("{pad}  type: {}\n", quoted(&ty)));
            if c.byte() % 8 == 0 {
                out.push_str(&format!("{pad}  min: {}\n{pad}  max: {}\n", c.pick(BOUNDS), c.pick(BOUNDS)));
            }
        }
    }
}

/// What generation did with a spec that satisfied the property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Generated; every file checked.
    Accepted,
    /// Rejected with located diagnostics.
    Rejected,
}

/// The property: generation never panics; a rejected spec gets errors that each have a
/// `file:line:col` and a hint; an accepted spec gives Rust files that parse with `syn`, hold no
/// raw identifier (validation admits no keyword, so none is needed) and no `gen` (reserved in
/// 2024), whose doc strings cannot open a code block, and a methods table whose rows keep their cells.
pub fn check_property(text: &str) -> Outcome {
    let generation = match dangdang_codegen::generate_str("spec/hostile.yaml", text) {
        Ok(generation) => generation,
        Err(problems) => {
            let rendered = dangdang_codegen::diagnostics::render(&problems);
            for problem in problems.iter().filter(|p| p.is_error()) {
                assert!(problem.location.is_some(), "{} has no location:\n{rendered}", problem.code);
                assert!(problem.help.is_some(), "{} has no hint:\n{rendered}", problem.code);
            }
            return Outcome::Rejected;
        }
    };
    for file in &generation.files {
        let path = file.path.display();
        if file.path.extension().is_some_and(|e| e == "md") {
            check_tables(&file.contents);
            continue;
        }
        if file.path.extension().is_some_and(|e| e == "surface") {
            // One item per line, each split once into its key and its value, whatever the names.
            for line in file.contents.lines().skip(1) {
                assert_eq!(line.matches(" | ").count(), 1, "{path}: a surface line that does not split once: {line:?}");
            }
            continue;
        }
        if let Err(error) = syn::parse_file(&file.contents) {
            panic!("{path} does not parse: {error}\n{}", file.contents);
        }
        let tokens: TokenStream = file.contents.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut docs = Vec::new();
        walk(
            tokens,
            &mut |ident| {
                assert!(!ident.starts_with("r#"), "{path}: raw identifier `{ident}`");
                assert_ne!(ident, "gen", "{path}: `gen` is reserved in edition 2024");
            },
            &mut docs,
        );
        for doc in docs {
            check_doc_line(&doc).unwrap_or_else(|problem| panic!("{path}: doc line {doc:?} {problem}"));
        }
    }
    Outcome::Accepted
}

/// The text of every doc comment and `doc` attribute of a Rust file, in order.
pub fn doc_strings(contents: &str) -> Vec<String> {
    let tokens: TokenStream = contents.parse().expect("generated Rust lexes");
    let mut docs = Vec::new();
    walk(tokens, &mut |_| {}, &mut docs);
    docs
}

/// Visits every identifier and collects every `doc` attribute's text.
fn walk(tokens: TokenStream, on_ident: &mut dyn FnMut(&str), docs: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (index, tree) in trees.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) => on_ident(&ident.to_string()),
            TokenTree::Group(group) => {
                let after_hash = index > 0
                    && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '#' || p.as_char() == '!');
                if after_hash && group.delimiter() == proc_macro2::Delimiter::Bracket {
                    if let Ok(syn::Meta::NameValue(meta)) = syn::parse2::<syn::Meta>(group.stream()) {
                        if meta.path.is_ident("doc") {
                            if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &meta.value {
                                docs.push(text.value());
                            }
                        }
                    }
                }
                walk(group.stream(), on_ident, docs);
            }
            _ => {}
        }
    }
}

/// A generated doc line: empty, or one space then text on one line, not indented, with no run of
/// three or more unescaped backticks or tildes: it can neither be nor open a code block.
pub fn check_doc_line(doc: &str) -> Result<(), &'static str> {
    if doc.is_empty() {
        return Ok(());
    }
    let Some(text) = doc.strip_prefix(' ') else { return Err("does not start with one space") };
    if text.starts_with(char::is_whitespace) {
        return Err("is indented");
    }
    if text.contains(['\n', '\r']) {
        return Err("spans lines");
    }
    let mut run = (' ', 0);
    let mut escaped = false;
    for c in text.chars() {
        let fence = (c == '`' || c == '~') && !escaped;
        run = if fence && run.0 == c {
            (c, run.1 + 1)
        } else if fence {
            (c, 1)
        } else {
            (' ', 0)
        };
        if run.1 >= 3 {
            return Err("holds a code fence");
        }
        escaped = c == '\\' && !escaped;
    }
    Ok(())
}

/// Every row of each Markdown table has as many cells as its header (`\|` is not a separator).
fn check_tables(markdown: &str) {
    let cells = |line: &str| line.replace("\\|", "").matches('|').count();
    let mut header = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            header = None;
            continue;
        }
        let count = cells(line);
        match header {
            None => header = Some(count),
            Some(expected) => assert_eq!(count, expected, "table row breaks its columns: {line}"),
        }
    }
}
