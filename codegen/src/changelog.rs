//! `CHANGELOG.md` entries from the semantic change report: under "Unreleased", one block per
//! generated crate naming the next semver version, one line per change.

use crate::surface::{Change, describe};

/// What a new changelog starts with.
const INTRO: &str = "# Changelog\n\nThe generated crates follow semantic versioning. `cargo xtask gen` records every change \
                     to their API here, under **Unreleased**, with the version it calls for (`!` marks a breaking \
                     change; `+` added, `-` removed, `~` changed). On release, rename the section to the version.\n";

const UNRELEASED: &str = "## Unreleased";

/// `changelog` (empty when there is none yet) with `changes` of `crate_name` recorded under
/// "Unreleased"; the block's heading keeps the highest next version any run called for.
pub fn update(changelog: &str, crate_name: &str, next: &str, changes: &[Change]) -> String {
    let text = if changelog.trim().is_empty() { INTRO.to_owned() } else { changelog.to_owned() };
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let unreleased = match lines.iter().position(|line| line == UNRELEASED) {
        Some(at) => at,
        None => {
            // Before the first release section, or at the end.
            let at = lines.iter().position(|line| line.starts_with("## ")).unwrap_or(lines.len());
            let spaced = at > 0 && !lines[at - 1].trim().is_empty();
            let mut heading = vec![UNRELEASED.to_owned(), String::new()];
            if spaced {
                heading.insert(0, String::new());
            }
            lines.splice(at..at, heading);
            at + usize::from(spaced)
        }
    };
    let section_end = lines
        .iter()
        .skip(unreleased + 1)
        .position(|line| line.starts_with("## "))
        .map_or(lines.len(), |i| unreleased + 1 + i);
    let prefix = format!("### {crate_name} (next: ");
    let entries: Vec<String> = changes.iter().map(|change| format!("- `{}`", describe(change).trim_start())).collect();
    match lines[unreleased..section_end].iter().position(|line| line.starts_with(&prefix)) {
        Some(offset) => {
            let heading = unreleased + offset;
            let previous = lines[heading].trim_start_matches(&prefix).trim_end_matches(')').to_owned();
            lines[heading] = format!("{prefix}{})", higher(&previous, next));
            let block_end = lines[heading + 1..section_end]
                .iter()
                .position(|line| line.starts_with("### "))
                .map_or(section_end, |i| heading + 1 + i);
            // Entries go after the block's last non-blank line.
            let mut at = block_end;
            while at > heading + 1 && lines[at - 1].trim().is_empty() {
                at -= 1;
            }
            lines.splice(at..at, entries);
        }
        None => {
            let mut block = vec![format!("{prefix}{next})"), String::new()];
            block.extend(entries);
            block.push(String::new());
            let mut at = section_end;
            while at > unreleased + 1 && lines[at - 1].trim().is_empty() {
                at -= 1;
            }
            block.insert(0, String::new());
            lines.splice(at..at, block);
        }
    }
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// The higher of two `x.y.z` versions.
fn higher(a: &str, b: &str) -> String {
    let parse = |v: &str| v.split('.').map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    if parse(a) >= parse(b) { a.to_owned() } else { b.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(key: &str, after: &str, breaking: bool) -> Change {
        Change { key: key.into(), before: None, after: Some(after.into()), breaking }
    }

    #[test]
    fn entries_gather_under_unreleased_per_crate_with_the_highest_version() {
        let first = update("", "dangdang-api", "0.1.1", &[change("param m os", "os: int, optional", false)]);
        assert!(first.starts_with("# Changelog\n"), "{first}");
        assert!(
            first.contains(".\n\n## Unreleased\n") && first.ends_with(")`\n"),
            "spaced, one final newline: {first:?}"
        );
        assert!(
            first.contains("## Unreleased\n\n### dangdang-api (next: 0.1.1)\n\n- `+ param m os (os: int, optional)`\n"),
            "{first}"
        );
        let second = update(&first, "dangdang-api", "0.2.0", &[change("param m p", "p: int, required", true)]);
        assert!(second.contains("### dangdang-api (next: 0.2.0)\n\n- `+ param m os (os: int, optional)`\n- `!+ param m p (p: int, required)`\n"), "{second}");
        let third = update(&second, "wangdian-api", "0.1.1", &[change("method w", "w in trade, read", false)]);
        assert!(third.contains("### wangdian-api (next: 0.1.1)"), "{third}");
        let fourth = update(&third, "dangdang-api", "0.1.1", &[change("code T 1", "One", false)]);
        assert!(fourth.contains("### dangdang-api (next: 0.2.0)"), "the higher version stays: {fourth}");
        let released = "# Changelog\n\n## 0.1.0\n\n- first release\n";
        let after_release = update(released, "dangdang-api", "0.1.1", &[change("code T 1", "One", false)]);
        assert!(
            after_release.find("## Unreleased").unwrap() < after_release.find("## 0.1.0").unwrap(),
            "{after_release}"
        );
    }
}
