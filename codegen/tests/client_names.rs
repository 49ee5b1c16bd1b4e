//! The method names reserved for `Client` (`identifiers::CLIENT_METHODS`) are every method the
//! hand-written `impl Client` blocks of dangdang-api and of the runtime's `Client` (which
//! dangdang-api's derefs to) define: a spec method named like one of them would clash with it or
//! hide it (the generated methods call the runtime's `send`).

use std::path::Path;

#[test]
fn reserved_client_methods_cover_the_hand_written_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (src, runtime) = (root.join("dangdang-api/src"), root.join("runtime/src"));
    let mut defined = Vec::new();
    let mut files = dangdang_codegen::rust_files_under(&src);
    files.extend(dangdang_codegen::rust_files_under(&runtime));
    for path in files.iter().filter(|p| !p.starts_with(src.join("generated"))) {
        let text = std::fs::read_to_string(path).unwrap();
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for item in file.items {
            let syn::Item::Impl(block) = item else { continue };
            let syn::Type::Path(ty) = block.self_ty.as_ref() else { continue };
            let names_client = ty.path.segments.last().is_some_and(|s| s.ident == "Client");
            // `blocking::Client` gets no generated methods; only `crate::Client` does.
            if !names_client || block.trait_.is_some() || path.ends_with("blocking.rs") {
                continue;
            }
            // The runtime's crate-private methods are out of dangdang-api's reach; its own are not.
            let seen = |vis: &syn::Visibility| !path.starts_with(&runtime) || matches!(vis, syn::Visibility::Public(_));
            for inner in block.items {
                if let syn::ImplItem::Fn(function) = inner {
                    if seen(&function.vis) {
                        defined.push(function.sig.ident.to_string());
                    }
                }
            }
        }
    }
    for expected in ["builder", "execute", "send"] {
        assert!(defined.iter().any(|name| name == expected), "found no `Client::{expected}` in {src:?} or {runtime:?}");
    }
    let missing: Vec<&String> =
        defined.iter().filter(|name| !dangdang_codegen::identifiers::CLIENT_METHODS.contains(&name.as_str())).collect();
    assert!(missing.is_empty(), "add {missing:?} to identifiers::CLIENT_METHODS");
}
