// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Shapes several methods share, from the spec's `shapes:` section: each struct is defined once
//! here and re-exported by the `upload` module or the reply of every method that uses it.
