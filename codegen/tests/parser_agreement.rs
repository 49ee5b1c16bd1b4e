//! The source map (positions, libyaml's events) and serde_yaml (values) on the same texts: the
//! shipped spec files, the broken-spec corpus, the fuzz seeds and regressions, and variants of them
//! made by small edits.
//!
//! Asserted: 0 disagreements — both accept or both reject each text, at the same place (or for the
//! same reason where serde_yaml names no useful place), and every value serde_yaml reads is
//! located. Printed (`--nocapture`): how many texts fall in each class.

use std::path::{Path, PathBuf};

use dangdang_codegen::parser_agreement::{Outcome, agreement};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every text the check starts from: spec files, corpus, seeds and fuzz regressions.
fn inputs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in [
        "../spec",
        "tests/bad_specs",
        "../fuzz/seeds/yaml",
        "../fuzz/regressions/spec_loader",
        "../fuzz/regressions/parser_agreement",
    ] {
        files_under(&root.join(dir), &mut paths);
    }
    paths.sort();
    paths
        .into_iter()
        .filter(|path| path.extension().is_none_or(|ext| ext != "md"))
        .filter_map(|path| Some((path.display().to_string(), std::fs::read_to_string(&path).ok()?)))
        .collect()
}

/// The small edits a spec author makes by mistake, each applied at a line chosen by `pick`.
const EDITS: &[&str] = &[
    "tab-indent",
    "one-space-more",
    "one-space-less",
    "drop-line",
    "double-line",
    "open-quote",
    "open-brace",
    "close-bracket",
    "colon-in-value",
    "dash-in-mapping",
    "anchor-alias",
    "document-marker",
    "explicit-key",
    "duplicate-key",
    "bare-tab",
    "cjk",
];

fn edit(text: &str, name: &str, pick: usize) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = pick % lines.len();
    let line = lines[at].clone();
    let indent = line.len() - line.trim_start_matches(' ').len();
    match name {
        "tab-indent" => lines[at] = format!("\t{}", line.trim_start_matches(' ')),
        "one-space-more" => lines[at] = format!(" {line}"),
        "one-space-less" => lines[at] = line.strip_prefix(' ').unwrap_or(&line).to_owned(),
        "drop-line" => {
            lines.remove(at);
        }
        "double-line" => lines.insert(at, line),
        "open-quote" => lines[at] = format!("{line} \"x"),
        "open-brace" => lines[at] = format!("{}{{ {}", &line[..indent], &line[indent..]),
        "close-bracket" => lines[at] = format!("{line}]"),
        "colon-in-value" => lines[at] = format!("{line}: x"),
        "dash-in-mapping" => lines.insert(at, format!("{}- x", &line[..indent])),
        "anchor-alias" => {
            lines[at] = format!("{}{}", &line[..indent], line[indent..].replacen(": ", ": &a ", 1));
            let next = (at + 1).min(lines.len());
            lines.insert(next, format!("{}alias: *a", &line[..indent]));
        }
        "document-marker" => lines.insert(at, "---".to_owned()),
        "explicit-key" => lines[at] = format!("{}? {}", &line[..indent], &line[indent..]),
        "duplicate-key" => {
            let key = line[indent..].split(": ").next().unwrap_or_default().to_owned();
            lines.insert(at, format!("{}{key}: again", &line[..indent]));
        }
        "bare-tab" => lines[at] = format!("{line}\t"),
        _ => lines[at] = format!("{line} # 订单状态"),
    }
    lines.join("\n") + "\n"
}

#[test]
fn serde_yaml_and_the_source_map_agree() {
    let inputs = inputs();
    assert!(inputs.len() >= 100, "only {} inputs", inputs.len());
    let mut runs = 0;
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    // The same, for the spec-like texts only (not the fuzzers' finds).
    let mut spec_like = std::collections::BTreeMap::<&str, usize>::new();
    let mut disagreements = Vec::new();
    let mut check = |label: String, text: &str| {
        runs += 1;
        let class = match agreement(text) {
            Ok(Outcome::AgreeAccept) => "both accept",
            Ok(Outcome::AgreeReject) => "both reject at one place",
            Ok(Outcome::AnchorRedefined) => "an anchor defined twice (E001)",
            Ok(_) => "too deep (E005)",
            Err(how) => {
                disagreements.push(format!("{label}: {how}\n  text: {text:?}"));
                "disagree"
            }
        };
        *counts.entry(class).or_default() += 1;
        if !label.contains("fuzz/regressions") {
            *spec_like.entry(class).or_default() += 1;
        }
    };
    // A fixed sequence of line picks (a multiplicative hash), so every run checks the same texts.
    let mut pick = 0x9e37_79b9_usize;
    for (name, text) in &inputs {
        check(name.clone(), text);
        // Six edits an input (two for large files), each of a kind and at a line the sequence
        // picks: the test stays within a few seconds.
        for _ in 0..if text.len() > 20_000 { 2 } else { 6 } {
            pick = pick.wrapping_mul(0x5851_f42d).wrapping_add(0x1405_7b7e) >> 1;
            let kind = EDITS[pick % EDITS.len()];
            check(format!("{name} + {kind}@{pick}"), &edit(text, kind, pick / EDITS.len()));
        }
    }
    eprintln!("parser agreement over {runs} texts: {counts:?}\nof which spec-like texts: {spec_like:?}");
    assert!(counts["both accept"] > 500 && counts["both reject at one place"] > 500, "{counts:?}");
    assert!(
        disagreements.is_empty(),
        "{} of {runs} texts read differently by serde_yaml and the source map (make `SourceMap::build` in \
         codegen/src/source_map.rs read them as serde_yaml does, and add the text to \
         fuzz/regressions/parser_agreement/):\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}
