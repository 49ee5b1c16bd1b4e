//! The method names reserved for `Client` (`identifiers::CLIENT_METHODS`) are every method the
//! hand-written `impl Client` blocks of dangdang-api define: a spec method named like one of them
//! would make the generated `impl Client` clash with it.

use std::path::Path;

#[test]
fn reserved_client_methods_cover_the_hand_written_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../dangdang-api/src");
    let mut defined = Vec::new();
    let files = dangdang_codegen::rust_files_under(&src);
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
            for inner in block.items {
                if let syn::ImplItem::Fn(function) = inner {
                    defined.push(function.sig.ident.to_string());
                }
            }
        }
    }
    assert!(defined.iter().any(|name| name == "execute"), "found no `impl Client` in {}", src.display());
    let missing: Vec<&String> =
        defined.iter().filter(|name| !dangdang_codegen::identifiers::CLIENT_METHODS.contains(&name.as_str())).collect();
    assert!(missing.is_empty(), "add {missing:?} to identifiers::CLIENT_METHODS");
}
