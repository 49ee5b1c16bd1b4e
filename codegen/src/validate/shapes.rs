//! Shared shapes: the `shapes:` section checked as one namespace (the generated `shapes` module),
//! no shape containing itself, fingerprints telling identical element trees apart, and the W004
//! hint when several methods define the same shape inline.

use std::collections::{BTreeSet, HashMap};

use super::elements::{Level, Tree, check_elements, note_struct};
use super::names::{NameSource, check_name};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{Element, Spec};
use crate::naming;

/// Checks every shape: its name, its children (one struct namespace for all shapes), and cycles.
pub fn check_shapes(spec: &Spec, report: &mut Reporter<'_>) {
    let mut structs = HashMap::new();
    let mut usable = Vec::new();
    for (name, shape) in &spec.shapes {
        let path = format!("shapes.{name}");
        let source = NameSource {
            what: format!("shape `{name}`"),
            derived: false,
            path: path.clone(),
            at_key: true,
            fix_key: None,
        };
        check_name(report, NameKind::Struct, name, source);
        if shape.children.is_empty() {
            report.error_at_key(
                "E046",
                &path,
                format!("shape `{name}` has no children"),
                "a shape is the children of an element: list them under `children:`",
            );
        } else if let Some(cycle) = cycle_from(spec, name) {
            report.error_at_key(
                "E047",
                &path,
                format!("shape `{name}` contains itself ({})", cycle.join(" › ")),
                "a struct cannot contain itself: define the inner element with its own `children:`",
            );
        } else {
            note_struct(name.clone(), fingerprint(spec, &shape.children), &path, &mut structs, report);
            usable.push((name, shape));
        }
    }
    for (name, shape) in usable {
        let path = format!("shapes.{name}.children");
        let level = Level { tree: Tree::Shape, root: false, list_item: false, path: &path };
        check_elements(spec, &shape.children, level, &mut structs, report);
    }
}

/// The chain of shapes leading from `start` back to itself, if any.
fn cycle_from<'a>(spec: &'a Spec, start: &'a str) -> Option<Vec<&'a str>> {
    fn walk<'a>(spec: &'a Spec, elements: &'a [Element], start: &str, chain: &mut Vec<&'a str>) -> bool {
        elements.iter().any(|e| match &e.shape {
            Some(shape) if shape == start => {
                chain.push(shape);
                true
            }
            Some(shape) if chain.contains(&shape.as_str()) => false,
            Some(shape) => {
                chain.push(shape);
                let found = spec.shapes.get(shape).is_some_and(|s| walk(spec, &s.children, start, chain));
                if !found {
                    chain.pop();
                }
                found
            }
            None => walk(spec, &e.children, start, chain),
        })
    }
    let mut chain = vec![start];
    let children = &spec.shapes.get(start)?.children;
    walk(spec, children, start, &mut chain).then_some(chain)
}

/// A fingerprint of element children: equal exactly when they generate the same fields and
/// structs (names, types, flags, checks; shared shapes expanded). Docs are left out.
pub fn fingerprint(spec: &Spec, children: &[Element]) -> String {
    print(spec, children, &mut Vec::new())
}

fn print<'a>(spec: &'a Spec, children: &'a [Element], stack: &mut Vec<&'a str>) -> String {
    let each = children.iter().map(|c| {
        let inner = match &c.shape {
            Some(shape) if stack.contains(&shape.as_str()) => "cycle".to_owned(),
            Some(shape) => {
                stack.push(shape);
                let inner = spec.shapes.get(shape).map_or(String::new(), |s| print(spec, &s.children, stack));
                stack.pop();
                inner
            }
            None => print(spec, &c.children, stack),
        };
        let struct_name = (!c.is_leaf()).then(|| c.shape.clone().unwrap_or_else(|| naming::element_struct(c)));
        let field = naming::element_field(c);
        format!(
            "{}|{field}|{struct_name:?}|{:?}|{}|{}|{}|{:?}|{:?}|{:?}|{:?}|{:?}[{inner}]",
            c.name, c.ty, c.repeated, c.required, c.personal, c.max_items, c.allowed, c.max_chars, c.min, c.max
        )
    });
    each.collect::<Vec<_>>().join(",")
}

/// The structs a use of shape `name` brings into a tree, with their fingerprints: the shape and
/// every struct nested in it.
pub fn shape_structs(spec: &Spec, name: &str) -> Vec<(String, String)> {
    fn walk<'a>(
        spec: &'a Spec,
        elements: &'a [Element],
        seen: &mut BTreeSet<&'a str>,
        out: &mut Vec<(String, String)>,
    ) {
        for e in elements.iter().filter(|e| !e.is_leaf()) {
            match &e.shape {
                Some(shape) => {
                    if seen.insert(shape) {
                        if let Some(found) = spec.shapes.get(shape) {
                            out.push((shape.clone(), fingerprint(spec, &found.children)));
                            walk(spec, &found.children, seen, out);
                        }
                    }
                }
                None => {
                    out.push((naming::element_struct(e), fingerprint(spec, &e.children)));
                    walk(spec, &e.children, seen, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    let Some(shape) = spec.shapes.get(name) else { return out };
    let mut seen = BTreeSet::from([name]);
    out.push((name.to_owned(), fingerprint(spec, &shape.children)));
    walk(spec, &shape.children, &mut seen, &mut out);
    out
}

/// One struct an element tree defines inline.
struct Inline {
    /// Struct name and fingerprint of the children.
    key: String,
    /// Struct name.
    name: String,
    /// Which tree (upload or reply of which method).
    tree: usize,
    /// Path of the element.
    path: String,
}

/// W004: the same struct (name and children) defined inline in two trees, which `shapes:` would
/// generate once. Reported once per struct, at its second tree, naming the first; a struct nested
/// in one already reported is not reported again.
pub fn warn_repeated_inline(spec: &Spec, report: &mut Reporter<'_>) {
    let mut found = Vec::new();
    for (index, method) in spec.methods.iter().enumerate() {
        if let Some(upload) = &method.upload {
            inline_structs(spec, &upload.document, 2 * index, &format!("methods[{index}].upload.document"), &mut found);
        }
        if let Some(response) = &method.response {
            inline_structs(spec, response, 2 * index + 1, &format!("methods[{index}].response"), &mut found);
        }
    }
    let mut groups: Vec<Vec<&Inline>> = Vec::new();
    for inline in &found {
        if let Some(shape) = spec.shapes.get(&inline.name) {
            if inline.key == format!("{}#{}", inline.name, fingerprint(spec, &shape.children)) {
                let shape_at = report.describe_key(&format!("shapes.{}", inline.name));
                report.warning(
                    "W004",
                    &format!("{}.name", inline.path),
                    format!("struct `{0}` is defined inline exactly like shape `{0}` at {shape_at}", inline.name),
                    format!("write `shape: {}` instead of `children:`; it is then generated once", inline.name),
                );
                continue;
            }
        }
        match groups.iter_mut().find(|group| group[0].key == inline.key) {
            Some(group) => group.push(inline),
            None => groups.push(vec![inline]),
        }
    }
    groups.retain(|group| group.iter().any(|i| i.tree != group[0].tree));
    let inside = |inline: &Inline, group: &[&Inline]| {
        group.iter().any(|outer| inline.path.starts_with(&format!("{}.children", outer.path)))
    };
    let keep: Vec<bool> = groups
        .iter()
        .map(|group| !group.iter().all(|i| groups.iter().any(|other| other[0].key != group[0].key && inside(i, other))))
        .collect();
    for (group, _) in groups.iter().zip(keep).filter(|(_, keep)| *keep) {
        let (first, second) = (group[0], group.iter().find(|i| i.tree != group[0].tree).copied().unwrap_or(group[0]));
        let first_at = report.describe(&format!("{}.name", first.path));
        let more = group.len() - 2;
        let more = if more > 0 { format!(" and {more} more place(s)") } else { String::new() };
        report.warning(
            "W004",
            &format!("{}.name", second.path),
            format!(
                "struct `{}` is defined inline with the same children here and at {first_at}{more}",
                first.name
            ),
            format!(
                "define it once under `shapes:` (`{0}: {{ children: [...] }}`) and write `shape: {0}` instead of `children:` at each use; it is then generated once",
                first.name
            ),
        );
    }
}

fn inline_structs(spec: &Spec, elements: &[Element], tree: usize, path: &str, out: &mut Vec<Inline>) {
    for (index, e) in elements.iter().enumerate() {
        if e.shape.is_some() || e.children.is_empty() {
            continue;
        }
        let epath = format!("{path}[{index}]");
        let wrapper = matches!(e.children.as_slice(), [only] if only.repeated);
        if !wrapper {
            let name = naming::element_struct(e);
            let key = format!("{name}#{}", fingerprint(spec, &e.children));
            out.push(Inline { key, name, tree, path: epath.clone() });
        }
        inline_structs(spec, &e.children, tree, &format!("{epath}.children"), out);
    }
}
