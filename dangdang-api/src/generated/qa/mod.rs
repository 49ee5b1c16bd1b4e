// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Buyer questions and answers (商品问答).

#[rustfmt::skip]
pub mod qa_list_get;

#[rustfmt::skip]
pub mod qa_answer;
