//! "Did you mean …?" hints: the known name nearest a misspelt one, by edit distance (strsim).

/// The candidate nearest `name`, when near enough to be a likely misspelling: case ignored, at most
/// one edit (insertion, deletion, substitution or swap of neighbours) per three characters of
/// `name`. Names that differ only in their digits (`DOC-9`, `DOC-1`) are different items of a
/// series, not misspellings. Ties go to the candidate listed first.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = name.to_lowercase();
    let limit = wanted.chars().count() / 3;
    let letters = |text: &str| text.chars().filter(|c| !c.is_ascii_digit()).collect::<String>();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        if candidate == name || (lower != wanted && letters(&lower) == letters(&wanted)) {
            continue;
        }
        let distance = strsim::damerau_levenshtein(&wanted, &lower);
        if distance <= limit && best.is_none_or(|(shortest, _)| distance < shortest) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// `did you mean `X`?` for the nearest candidate, else `otherwise`.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>, otherwise: String) -> String {
    match closest(name, candidates) {
        Some(near) => format!("did you mean `{near}`?"),
        None => otherwise,
    }
}

/// The names between backticks after the first in a serde message such as
/// "unknown field `grop`, expected one of `name`, `group`" (`expected `a` or `b``, `expected `a``).
pub fn expected_names(message: &str) -> Vec<&str> {
    let Some((_, list)) = message.split_once("expected") else { return Vec::new() };
    list.split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_are_found_and_strangers_are_not() {
        let types = ["OrderState", "ItemState", "PayMethod", "Courier"];
        assert_eq!(closest("OrderStatus", types), Some("OrderState"));
        assert_eq!(closest("orderstate", types), Some("OrderState"));
        assert_eq!(closest("ItemStaet", types), Some("ItemState"));
        assert_eq!(closest("Curier", types), Some("Courier"));
        assert_eq!(closest("Invoice", types), None);
        assert_eq!(closest("", types), None);
        // No edit for a name under three characters: `o` is not a misspelling of `p`.
        assert_eq!(closest("o", ["p", "os"]), None);
        assert_eq!(closest("P", ["p", "os"]), Some("p"));
        assert_eq!(closest("pag", ["p", "page"]), Some("page"));
        // Numbered names are a series: `DOC-9` is not `DOC-1` misspelt, `DOC-l` may be.
        assert_eq!(closest("DOC-9", ["DOC-1", "DOC-10"]), None);
        assert_eq!(closest("DOC-l", ["DOC-1"]), Some("DOC-1"));
        assert_eq!(closest("pagesize", ["os", "pageSize"]), Some("pageSize"));
        // The nearest wins, whatever the order.
        assert_eq!(closest("grop", ["groups", "group"]), Some("group"));
        // CJK names are measured in characters.
        assert_eq!(closest("订单状", ["订单状态", "商品"]), Some("订单状态"));
    }

    #[test]
    fn hints_and_serde_lists() {
        assert_eq!(did_you_mean("grop", ["group"], "x".into()), "did you mean `group`?");
        assert_eq!(did_you_mean("zzz", ["group"], "x".into()), "x");
        let message = "unknown field `grop`, expected one of `name`, `group`, `legacy_url`";
        assert_eq!(expected_names(message), ["name", "group", "legacy_url"]);
        assert_eq!(expected_names("unknown variant `x`, expected `a` or `b`"), ["a", "b"]);
        assert_eq!(expected_names("unknown field `x`, there are no fields"), Vec::<&str>::new());
    }
}
