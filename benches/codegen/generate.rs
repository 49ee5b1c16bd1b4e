//! Where `cargo xtask gen` spends its time, in process: each phase of
//! [`dangdang_codegen::generate`] on the full spec, the whole of it, and the comparison with the
//! files on disk that `cargo xtask gen` does afterwards.
//!
//! `cargo bench -p dangdang-benches --bench generate`; `benches/summarize.py` reports the shares.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use dangdang_codegen::phases;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("codegen sits in the workspace").to_path_buf()
}

fn phases(c: &mut Criterion) {
    let root = workspace_root();
    let (spec, _) = phases::load_and_validate(&root).expect("the spec is valid");
    let api = phases::lower(&spec);
    let (rust, _) = phases::emit(&api);
    let files = dangdang_codegen::generate(&root).expect("generates").files;
    assert!(dangdang_codegen::stale_files(&root, &files).is_empty(), "the checked-in generated code is stale");

    let mut group = c.benchmark_group("generate");
    group.sample_size(30);
    group.bench_function("1_load_and_validate", |b| b.iter(|| phases::load_and_validate(black_box(&root))));
    group.bench_function("2_lower", |b| b.iter(|| phases::lower(black_box(&spec))));
    group.bench_function("3_emit_tokens", |b| b.iter(|| phases::emit(black_box(&api))));
    group.bench_function("4_render_syn_prettyplease", |b| {
        b.iter_batched(
            || rust.clone(),
            |rust| rust.into_iter().map(|file| phases::render(&api, file)).collect::<Vec<_>>(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("total_generate", |b| b.iter(|| dangdang_codegen::generate(black_box(&root))));
    group.bench_function("xtask_compare_with_disk", |b| b.iter(|| dangdang_codegen::stale_files(&root, &files)));
    group.finish();
}

criterion_group!(benches, phases);
criterion_main!(benches);
