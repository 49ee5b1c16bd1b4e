//! Checks an upload document or response tree: sibling names, field and struct names, types, bounds.

use std::collections::{BTreeMap, HashMap};

use super::names::{check_name, field_source, shown};
use super::shapes::{fingerprint, shape_structs};
use super::values::{Bounds, check_bounds, check_personal, check_type_ref};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{Element, Protocol, Spec};
use crate::naming;
use crate::suggest;

/// Which tree the elements belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    /// An upload document (`upload.document`).
    Upload,
    /// A response (`response`).
    Response,
    /// A shared shape (`shapes:`), which may be sent and received.
    Shape,
}

/// One level of a tree being checked.
pub struct Level<'a> {
    /// Upload or response.
    pub tree: Tree,
    /// The top level, whose fields go into `Document` or `Response`.
    pub root: bool,
    /// The only (repeated) child of a list wrapper: it becomes list items, not a field.
    pub list_item: bool,
    /// Path of this level's element list.
    pub path: &'a str,
}

/// The structs seen so far in a tree: name → (fingerprint of the children, path of the element).
pub type Structs = HashMap<String, (String, String)>;

/// Checks sibling names, types and struct-name clashes within one tree; `structs` holds the
/// struct names seen so far in the tree with their shapes.
pub fn check_elements(
    spec: &Spec,
    elements: &[Element],
    level: Level<'_>,
    structs: &mut Structs,
    report: &mut Reporter<'_>,
) {
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut rusts: BTreeMap<String, usize> = BTreeMap::new();
    for (index, element) in elements.iter().enumerate() {
        let epath = format!("{}[{index}]", level.path);
        if let Some(first) = names.insert(&element.name, index) {
            let first_at = report.describe(&format!("{}[{first}].name", level.path));
            report.error(
                "E031",
                &format!("{epath}.name"),
                format!("duplicate element `{}` (first at {first_at})", element.name),
                "mark one element `repeated: true` instead of listing it twice",
            );
        }
        for (aindex, also) in element.also.iter().enumerate() {
            let apath = format!("{epath}.also[{aindex}]");
            if level.tree == Tree::Upload {
                report.error(
                    "E031",
                    &apath,
                    format!("element {} has `also:` in an upload, which writes one spelling", shown(&element.name)),
                    "`also:` lists other spellings a reply may use; remove it here",
                );
            } else if let Some(first) = names.insert(also, index) {
                let first_at = report.describe(&format!("{}[{first}].name", level.path));
                report.error(
                    "E031",
                    &apath,
                    format!("duplicate element `{also}` (first at {first_at})"),
                    "each wire spelling may belong to one element",
                );
            }
        }
        let rust = naming::element_field(element);
        if !level.list_item {
            let kind = match level.tree {
                Tree::Upload => NameKind::UploadField,
                // A shape's fields obey the rules of both (the response's are the stricter).
                Tree::Response | Tree::Shape => NameKind::ResponseField { root: level.root },
            };
            let what = format!("element {}", shown(&element.name));
            check_name(report, kind, &rust, field_source(&what, &epath, "name", "rust", element.rust.as_deref()));
        }
        if let Some(first) = rusts.insert(rust.clone(), index) {
            let first_at = report.describe(&format!("{}[{first}].name", level.path));
            report.error(
                "E032",
                &format!("{epath}.name"),
                format!("element `{}` becomes field `{rust}`, like the one at {first_at}", element.name),
                "set `rust:` on one of them",
            );
        }
        if level.tree == Tree::Response {
            check_required_reply(spec, element, &epath, report);
        }
        let ty = element.ty.as_deref().unwrap_or("string");
        let leaf = element.is_leaf();
        check_bounds(
            spec,
            Bounds { min: element.min.as_ref(), max: element.max.as_ref(), ty: leaf.then_some(ty) },
            &epath,
            report,
        );
        check_personal(spec, element.personal, leaf.then_some(ty), &epath, report);
        if leaf {
            check_type_ref(spec, ty, &format!("{epath}.type"), report);
            if ty == "xml" && level.tree != Tree::Upload {
                report.error(
                    "E020",
                    &format!("{epath}.type"),
                    format!("element {} is `xml`, which only an upload document may hold", shown(&element.name)),
                    "replies keep unknown content in the generic tree: give the element its children, or leave it out",
                );
            }
            if level.tree != Tree::Upload {
                check_result_code(spec, element, &epath, report);
            }
            continue;
        }
        if let Some(shape) = &element.shape {
            check_shape_use(spec, element, shape, &epath, structs, report);
            continue;
        }
        let name = naming::element_struct(element);
        let what = format!("element {}", shown(&element.name));
        check_name(
            report,
            NameKind::Struct,
            &name,
            field_source(&what, &epath, "name", "struct", element.struct_name.as_deref()),
        );
        note_struct(name, fingerprint(spec, &element.children), &epath, structs, report);
        let children = &element.children;
        // A wrapper of one repeated child is a plain list where the protocol flattens it (XML).
        let flattens = spec.info.protocol.flattens_list_wrappers();
        let list_item = flattens && matches!(children.as_slice(), [only] if only.repeated);
        let path = format!("{epath}.children");
        let inner = Level { tree: level.tree, root: false, list_item, path: &path };
        check_elements(spec, children, inner, structs, report);
    }
}

/// A result code in a reply is typed by its method's code table (never a bare `int`), so every
/// method's codes decode the same way: a known variant, or `Other(raw)` with the raw code kept.
fn check_result_code(spec: &Spec, element: &Element, epath: &str, report: &mut Reporter<'_>) {
    let ty = element.ty.as_deref().unwrap_or("string");
    if !naming::is_result_code(&element.name) || spec.types.contains_key(ty) {
        return;
    }
    let at = if element.ty.is_some() { format!("{epath}.type") } else { format!("{epath}.name") };
    report.error(
        "E049",
        &at,
        format!("result code {} is `{ty}`, not a code table", shown(&element.name)),
        "define the method's code table under `types:` (`repr: int`, at least `{ code: 0, name: Success }`) and use it as `type:`",
    );
}

/// A reply field is required (not an `Option`, its absence a decode error) only where two or more
/// sources agree that it is always there: in a `dangdang-xml` spec its `cert:` says `[2+]`.
fn check_required_reply(spec: &Spec, element: &Element, epath: &str, report: &mut Reporter<'_>) {
    let agreed = element.cert.as_deref().is_some_and(|cert| cert.contains("[2+]"));
    if !element.required || agreed || spec.info.protocol != Protocol::DangdangXml {
        return;
    }
    report.error(
        "E058",
        &format!("{epath}.required"),
        format!("reply element {} is `required: true` without two agreeing sources", shown(&element.name)),
        "mark a reply field required only where `[2+]` sources agree it is always present and every published example has it: give `cert: \"[2+] <sources>\"`, or leave it optional",
    );
}

/// Records struct `name` with its shape in the tree, reporting a different shape under the same name.
pub fn note_struct(name: String, shape: String, epath: &str, structs: &mut Structs, report: &mut Reporter<'_>) {
    match structs.get(&name) {
        Some((existing, first)) if *existing != shape => {
            let first_at = report.describe(&format!("{first}.name"));
            report.error(
                "E033",
                &format!("{epath}.name"),
                format!("struct `{name}` is defined here and at {first_at} with different children (in this tree or the shapes it uses)"),
                "set `struct:` on one of them to give it another name, or use one shape from `shapes:`",
            );
        }
        Some(_) => {}
        None => {
            structs.insert(name, (shape, epath.to_owned()));
        }
    }
}

/// An element with `shape:`: the shape exists, the element defines no struct of its own, and the
/// shape's structs (re-exported into the tree) clash with none of the tree's.
fn check_shape_use(
    spec: &Spec,
    element: &Element,
    shape: &str,
    epath: &str,
    structs: &mut Structs,
    report: &mut Reporter<'_>,
) {
    let own = [
        ("children", !element.children.is_empty()),
        ("struct", element.struct_name.is_some()),
        ("type", element.ty.is_some()),
    ];
    for (key, _) in own.iter().filter(|(_, set)| *set) {
        report.error(
            "E046",
            &format!("{epath}.shape"),
            format!("element {} has `shape:` and its own `{key}:`", shown(&element.name)),
            format!("the shape defines the children and the struct: remove `{key}:`, or remove `shape:`"),
        );
    }
    if !spec.shapes.contains_key(shape) {
        let otherwise = "define it under `shapes:` (beside `types:`)".to_owned();
        let hint = suggest::did_you_mean(shape, spec.shapes.keys().map(String::as_str), otherwise);
        report.error("E045", &format!("{epath}.shape"), format!("unknown shape `{shape}`"), hint);
        return;
    }
    for (name, print) in shape_structs(spec, shape) {
        note_struct(name, print, epath, structs, report);
    }
}
