//! Checks a method's `pagination:`: the parameters and reply paths it names exist, in a shape the
//! runtime can walk (`Paged`), with a first page of 0 or 1 and at most one stated total.

use crate::diagnostics::Reporter;
use crate::model::{Element, Method, Pagination, Protocol, Spec};
use crate::suggest;

/// Pagination names parameters and reply paths that exist, in a shape the runtime can walk.
pub fn check_pagination(spec: &Spec, method: &Method, pagination: &Pagination, ppath: &str, report: &mut Reporter<'_>) {
    for (key, wire) in [("page", Some(&pagination.page)), ("size", pagination.size.as_ref())] {
        let Some(wire) = wire else { continue };
        match method.params.iter().find(|p| &p.wire == wire) {
            None => report.error(
                "E050",
                &format!("{ppath}.{key}"),
                format!("pagination names parameter `{wire}`, which the method does not have"),
                suggest::did_you_mean(wire, super::wires(method), "name one of the method's `params`".to_owned()),
            ),
            // The runtime reads and sets page numbers and sizes as `i32`.
            Some(param) if param.ty != "int" => report.error(
                "E054",
                &format!("{ppath}.{key}"),
                format!("{key} parameter `{}` must have type `int`", param.wire),
                "declare it `type: int`",
            ),
            Some(_) => {}
        }
    }
    check_settings(pagination, ppath, report);
    let typed = method.response.is_some() || spec.info.protocol == Protocol::DangdangXml;
    if pagination.items.is_none() && typed {
        report.error(
            "E051",
            ppath,
            "pagination of a typed reply needs `items:`, the reply path of the records",
            "add `items:`, e.g. `items: OrdersList/OrderInfo` or `items: data/order`",
        );
    }
    if method.response.is_none() && spec.info.protocol != Protocol::DangdangXml {
        // An untyped reply: no path to check; the walk cannot read one.
        return;
    }
    let Some(items) = &pagination.items else { return };
    let targets = pagination.totals().chain([("items", items)]);
    for (key, target) in targets {
        let found = method.response.as_deref().and_then(|tree| find_path(spec, tree, target));
        if found.is_none() {
            let paths = method.response.as_deref().map(|tree| tree_paths(spec, tree)).unwrap_or_default();
            report.error(
                "E051",
                &format!("{ppath}.{key}"),
                format!("response path `{target}` does not exist"),
                suggest::did_you_mean(
                    target,
                    paths.iter().map(String::as_str),
                    "give element names from the response tree joined by `/`".to_owned(),
                ),
            );
        }
    }
    check_shape(spec, method, pagination, items, ppath, report);
}

/// `first_page` is 0 or 1 (E056); `total_pages` and `total_records` are not both given (E055).
fn check_settings(pagination: &Pagination, ppath: &str, report: &mut Reporter<'_>) {
    if let Some(first) = pagination.first_page.filter(|first| !matches!(first, 0 | 1)) {
        report.error(
            "E056",
            &format!("{ppath}.first_page"),
            format!("first page `{first}` is neither 0 nor 1"),
            "write `first_page: 0` for 0-based page numbers; leave it out for 1-based ones",
        );
    }
    if pagination.total_pages.is_some() && pagination.total_records.is_some() {
        report.error(
            "E055",
            &format!("{ppath}.total_records"),
            "pagination gives both `total_pages` and `total_records`",
            "keep the one the reply states most reliably: the walk needs one total (or none, ending at a short page)",
        );
    }
}

/// The runtime walks pages through an integer total reached through single (non-repeated) elements,
/// and records held by a root list wrapper or a repeated root element.
fn check_shape(
    spec: &Spec,
    method: &Method,
    pagination: &Pagination,
    items: &str,
    path: &str,
    report: &mut Reporter<'_>,
) {
    let Some(tree) = method.response.as_deref() else { return };
    for (key, target) in pagination.totals() {
        let Some(total) = find_path(spec, tree, target) else { continue };
        let mut level = tree;
        let mut through_repeated = false;
        for name in target.split('/') {
            if let Some(element) = level.iter().find(|e| e.name == name) {
                through_repeated |= element.repeated;
                level = element.children_in(&spec.shapes);
            }
        }
        // JSON numbers carry any integer; an XML total is read as `int`.
        let json = !spec.info.protocol.flattens_list_wrappers();
        let integer = matches!(total.ty.as_deref(), Some("int")) || (json && total.ty.as_deref() == Some("long"));
        if !integer || !total.is_leaf() || through_repeated {
            let what = if key == "total_pages" { "page" } else { "record" };
            let ty = if json { "an `int` or `long`" } else { "an `int`" };
            report.error(
                "E054",
                &format!("{path}.{key}"),
                format!("the total {what} count must be {ty} leaf reached through single elements"),
                format!("point at the element holding the {what} total"),
            );
        }
    }
    if !spec.info.protocol.flattens_list_wrappers() {
        check_json_items(spec, tree, items, path, report);
        return;
    }
    let segments: Vec<&str> = items.split('/').collect();
    let shape_ok = match segments.as_slice() {
        [element] => tree.iter().any(|e| e.name == *element && e.repeated),
        [wrapper, element] => tree.iter().any(|e| {
            e.name == *wrapper
                && !e.repeated
                && matches!(e.children.as_slice(), [only] if only.name == *element && only.repeated)
        }),
        _ => false,
    };
    if find_path(spec, tree, items).is_some() && !shape_ok {
        report.error(
            "E054",
            &format!("{path}.items"),
            "records must be a repeated element of the response root, or the only (repeated) child of a root list element",
            "e.g. `OrdersList/OrderInfo` where OrderInfo is `repeated: true`",
        );
    }
}

/// JSON records: a repeated key reached through single objects, each either required or without
/// required keys of its own (the walk then takes the records out of an empty object).
fn check_json_items(spec: &Spec, tree: &[Element], items: &str, path: &str, report: &mut Reporter<'_>) {
    if find_path(spec, tree, items).is_none() {
        return;
    }
    let segments: Vec<&str> = items.split('/').collect();
    let mut level = tree;
    let mut shape_ok = true;
    for (index, name) in segments.iter().enumerate() {
        let Some(element) = level.iter().find(|e| e.name == *name) else { return };
        let last = index + 1 == segments.len();
        let children = element.children_in(&spec.shapes);
        if last {
            shape_ok &= element.repeated;
        } else {
            shape_ok &= !element.repeated && (element.required || !children.iter().any(|c| c.required));
        }
        level = children;
    }
    if !shape_ok {
        report.error(
            "E054",
            &format!("{path}.items"),
            "records must be a repeated key reached through single objects (each `required: true` or without required keys)",
            "e.g. `data/order` where `order` is `repeated: true`, or `data` when `data` itself is the list",
        );
    }
}

/// Finds the element at `a/b/c` in a tree, through shared shapes.
pub fn find_path<'a>(spec: &'a Spec, tree: &'a [Element], path: &str) -> Option<&'a Element> {
    let mut level = tree;
    let mut found = None;
    for part in path.split('/') {
        let element = level.iter().find(|e| e.name == part)?;
        level = element.children_in(&spec.shapes);
        found = Some(element);
    }
    found
}

/// Every element path (`a`, `a/b`, …) of a tree, through shared shapes; a shape is not entered
/// again inside itself (E047 reports that), so the walk ends.
fn tree_paths(spec: &Spec, tree: &[Element]) -> Vec<String> {
    let mut paths = Vec::new();
    let mut pending: Vec<(String, &[Element], Vec<&str>)> = vec![(String::new(), tree, Vec::new())];
    // A bound on the walk: shapes shared at every level of a deep tree multiply the paths.
    const MOST: usize = 10_000;
    while let Some((prefix, level, shapes)) = pending.pop() {
        if paths.len() >= MOST {
            break;
        }
        for element in level {
            let path = if prefix.is_empty() { element.name.clone() } else { format!("{prefix}/{}", element.name) };
            let mut inside = shapes.clone();
            if let Some(shape) = element.shape.as_deref() {
                if inside.contains(&shape) {
                    continue;
                }
                inside.push(shape);
            }
            pending.push((path.clone(), element.children_in(&spec.shapes), inside));
            paths.push(path);
        }
    }
    paths
}
