//! Drop, Clone, PartialEq and Debug of [`XmlElement`] without recursion, for trees of any depth;
//! `Debug` hides the text of personal-data elements.
//!
//! The derived versions recurse once per level: a hand-built tree a million levels deep would
//! exhaust the thread's stack and abort the process. Parsed trees are at most
//! [`MAX_DEPTH`](crate::limits::MAX_DEPTH) deep; these keep a hand-built one safe too.

use std::cell::Cell;
use std::fmt;

use crate::XmlElement;

impl Drop for XmlElement {
    /// Takes the subtrees apart level by level with an explicit stack (one iterator per level).
    fn drop(&mut self) {
        if self.children.iter().all(|child| child.children.is_empty()) {
            return;
        }
        let mut pending = vec![std::mem::take(&mut self.children).into_iter()];
        while let Some(level) = pending.last_mut() {
            match level.next() {
                // `child` is dropped at the end of this arm with its children already taken.
                Some(mut child) => {
                    if !child.children.is_empty() {
                        pending.push(std::mem::take(&mut child.children).into_iter());
                    }
                }
                None => {
                    pending.pop();
                }
            }
        }
    }
}

impl Clone for XmlElement {
    fn clone(&self) -> Self {
        // (original, copy without its children yet, index of the next child to copy)
        let mut stack = vec![(self, shallow_copy(self), 0usize)];
        loop {
            let (original, _, next) = stack.last_mut().expect("the root stays until it is returned");
            if let Some(child) = original.children.get(*next) {
                *next += 1;
                stack.push((child, shallow_copy(child), 0));
                continue;
            }
            let (_, done, _) = stack.pop().expect("just looked at");
            match stack.last_mut() {
                Some((_, parent, _)) => parent.children.push(done),
                None => return done,
            }
        }
    }
}

fn shallow_copy(element: &XmlElement) -> XmlElement {
    XmlElement {
        name: element.name.clone(),
        attributes: element.attributes.clone(),
        text: element.text.clone(),
        children: Vec::with_capacity(element.children.len()),
    }
}

impl PartialEq for XmlElement {
    fn eq(&self, other: &Self) -> bool {
        let mut pairs = vec![(self, other)];
        while let Some((a, b)) = pairs.pop() {
            if a.name != b.name
                || a.attributes != b.attributes
                || a.text != b.text
                || a.children.len() != b.children.len()
            {
                return false;
            }
            pairs.extend(a.children.iter().zip(&b.children));
        }
        true
    }
}

impl Eq for XmlElement {}

/// How deep `Debug` shows a tree; deeper children are only counted. Pretty-printing (`{:#?}`)
/// indents every line once per level, so its output grows with bytes × depth: a bound keeps a
/// hostile reply's `dbg!` small.
const DEBUG_DEPTH: usize = 16;

/// How many elements `Debug` shows in all; the rest are only counted.
const DEBUG_ELEMENTS: usize = 1_000;

impl fmt::Debug for XmlElement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let budget = Cell::new(DEBUG_ELEMENTS - 1);
        Shown { element: self, depth: 1, budget: &budget }.fmt(f)
    }
}

/// An element at a depth, sharing the budget of elements left to show.
struct Shown<'a> {
    element: &'a XmlElement,
    depth: usize,
    budget: &'a Cell<usize>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let element = self.element;
        let mut out = f.debug_struct("XmlElement");
        out.field("name", &element.name).field("attributes", &element.attributes);
        // Elements the spec marks personal (consignee names, phones, addresses) hide their text,
        // as the typed fields of those names do.
        if crate::generated::PERSONAL_ELEMENTS.binary_search(&element.name.as_str()).is_ok() {
            out.field("text", &format_args!("<redacted: {} characters>", element.text.chars().count()));
        } else {
            out.field("text", &element.text);
        }
        let count = element.children.len();
        if count == 0 {
            out.field("children", &format_args!("[]"));
        } else if self.depth >= DEBUG_DEPTH {
            out.field("children", &format_args!("[{count} not shown: deeper than {DEBUG_DEPTH} levels]"));
        } else if self.budget.get() == 0 {
            out.field("children", &format_args!("[{count} not shown: past {DEBUG_ELEMENTS} elements]"));
        } else {
            out.field(
                "children",
                &Children { children: &element.children, depth: self.depth + 1, budget: self.budget },
            );
        }
        out.finish()
    }
}

struct Children<'a> {
    children: &'a [XmlElement],
    depth: usize,
    budget: &'a Cell<usize>,
}

impl fmt::Debug for Children<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self.children.len().min(self.budget.get());
        self.budget.set(self.budget.get() - shown);
        let mut list = f.debug_list();
        list.entries(self.children[..shown].iter().map(|element| Shown {
            element,
            depth: self.depth,
            budget: self.budget,
        }));
        if shown < self.children.len() {
            list.entry(&format_args!(
                "… {} more not shown: past {DEBUG_ELEMENTS} elements",
                self.children.len() - shown
            ));
        }
        list.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::MAX_DEPTH;

    /// A chain `levels` deep built by hand, without recursion.
    fn chain(levels: usize) -> XmlElement {
        let mut element = XmlElement::new("leaf");
        for _ in 1..levels {
            let mut parent = XmlElement::new("a");
            parent.children.push(element);
            element = parent;
        }
        element
    }

    #[test]
    fn a_hand_built_tree_300k_levels_deep_clones_compares_and_drops() {
        let deep = chain(300_000);
        let copy = deep.clone();
        assert!(copy == deep);
        let mut other = chain(300_000);
        other.name = "b".into();
        assert!(other != deep);
        drop((deep, copy, other));
    }

    #[test]
    fn debug_shows_a_bounded_part_of_any_tree() {
        let text = format!("{:?}", chain(MAX_DEPTH + 10));
        assert_eq!(text.matches("XmlElement {").count(), DEBUG_DEPTH);
        assert!(text.contains("[1 not shown: deeper than 16 levels]"), "{text}");
        // A chain down to the parse limit with 10,000 leaves at the bottom (42 KB of XML): pretty
        // printing indents each line once per level, so showing it all would take hundreds of MB.
        let mut deep = chain(MAX_DEPTH - 1);
        let mut bottom = &mut deep;
        while !bottom.children.is_empty() {
            bottom = &mut bottom.children[0];
        }
        bottom.children = vec![XmlElement::new("b"); 10_000];
        let pretty = format!("{deep:#?}");
        assert!(pretty.len() < 64 * 1024, "{} bytes", pretty.len());
        let mut wide = XmlElement::new("r");
        wide.children = vec![XmlElement::new("b"); 10_000];
        let pretty = format!("{wide:#?}");
        assert_eq!(pretty.matches("XmlElement {").count(), DEBUG_ELEMENTS);
        assert!(pretty.contains("… 9001 more not shown: past 1000 elements"), "{}", &pretty[pretty.len() - 300..]);
        assert!(pretty.len() < 256 * 1024, "{} bytes", pretty.len());
        let mut shallow = XmlElement::new("r");
        shallow.children.push(XmlElement::default());
        assert_eq!(
            format!("{shallow:?}"),
            "XmlElement { name: \"r\", attributes: [], text: \"\", children: [XmlElement { name: \"\", \
             attributes: [], text: \"\", children: [] }] }"
        );
    }
}
