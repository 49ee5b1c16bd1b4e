//! Reads spec files from disk: inside the spec's directory tree, regular files only, size-limited.
//!
//! The loader checks include paths lexically (relative, no `..`); this reader adds what only the
//! file system knows: a symbolic link may not lead out of the tree, FIFOs and devices are never
//! opened (a FIFO would block forever, `/dev/zero` never ends), and no file is read past
//! [`MAX_SPEC_FILE_BYTES`]. Refusals never quote the target's contents.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest spec file read, in bytes. The shipped files are at most 57 KB; 1 MiB leaves room
/// for any hand-written area file while keeping a mistaken target from filling memory.
pub const MAX_SPEC_FILE_BYTES: u64 = 1024 * 1024;

/// A reader of the files of the spec whose root file is `root_file`, relative to `workspace`.
pub struct SpecReader {
    workspace: PathBuf,
    /// The canonical directory of the root spec file: every file read lies below it.
    tree: std::io::Result<PathBuf>,
}

impl SpecReader {
    /// A reader for the spec at `workspace/root_file`.
    pub fn new(workspace: &Path, root_file: &str) -> SpecReader {
        let directory = workspace.join(root_file).parent().map(Path::to_path_buf).unwrap_or_else(|| workspace.into());
        SpecReader { workspace: workspace.to_path_buf(), tree: directory.canonicalize() }
    }

    /// Reads `name` (relative to the workspace, as shown in diagnostics) as UTF-8 text.
    pub fn read(&self, name: &str) -> std::io::Result<String> {
        let tree = self.tree.as_ref().map_err(|error| std::io::Error::new(error.kind(), error.to_string()))?;
        let path = self.workspace.join(name).canonicalize()?;
        if !path.starts_with(tree) {
            return Err(refused(format!(
                "it resolves (through a symbolic link) to a file outside the spec directory `{}`",
                tree.display()
            )));
        }
        // Checked on the open handle, so the file cannot be swapped for a FIFO after the check;
        // opening does not block on a FIFO (non-blocking open).
        let file = open_without_blocking(&path)?;
        let metadata = file.metadata()?;
        if !metadata.is_file() {
            return Err(refused("it is not a regular file (a directory, FIFO, socket or device)".into()));
        }
        if metadata.len() > MAX_SPEC_FILE_BYTES {
            return Err(too_large());
        }
        let mut bytes = Vec::new();
        // The length can change between the check and the read; `take` bounds the read itself.
        file.take(MAX_SPEC_FILE_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_SPEC_FILE_BYTES {
            return Err(too_large());
        }
        String::from_utf8(bytes).map_err(|error| {
            let at = error.utf8_error().valid_up_to();
            std::io::Error::new(std::io::ErrorKind::InvalidData, format!("not UTF-8 text (bad byte at offset {at})"))
        })
    }
}

/// Opens for reading without waiting for a writer should the path be a FIFO.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

fn refused(reason: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, reason)
}

fn too_large() -> std::io::Error {
    refused(format!("it is larger than the {MAX_SPEC_FILE_BYTES}-byte limit for a spec file"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree() -> (PathBuf, SpecReader) {
        let workspace =
            std::env::temp_dir().join(format!("spec-reader-{}-{:?}", std::process::id(), std::thread::current().id()));
        let _ = std::fs::remove_dir_all(&workspace);
        std::fs::create_dir_all(workspace.join("spec/methods")).unwrap();
        std::fs::write(workspace.join("spec/root.yaml"), "info: {}\n").unwrap();
        std::fs::write(workspace.join("outside.yaml"), "SECRET=1\n").unwrap();
        let reader = SpecReader::new(&workspace, "spec/root.yaml");
        (workspace, reader)
    }

    fn refusal(result: std::io::Result<String>) -> String {
        result.expect_err("must be refused").to_string()
    }

    #[test]
    fn reads_files_inside_the_tree() {
        let (workspace, reader) = tree();
        std::fs::write(workspace.join("spec/methods/a.yaml"), "methods: []\n").unwrap();
        assert_eq!(reader.read("spec/methods/a.yaml").unwrap(), "methods: []\n");
        assert_eq!(reader.read("spec/root.yaml").unwrap(), "info: {}\n");
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_tree_fifos_and_devices_are_refused_without_reading_them() {
        let (workspace, reader) = tree();
        std::os::unix::fs::symlink(workspace.join("outside.yaml"), workspace.join("spec/link.yaml")).unwrap();
        let message = refusal(reader.read("spec/link.yaml"));
        assert!(message.contains("outside the spec directory") && !message.contains("SECRET"), "{message}");
        std::os::unix::fs::symlink("/dev/zero", workspace.join("spec/zero.yaml")).unwrap();
        assert!(refusal(reader.read("spec/zero.yaml")).contains("outside the spec directory"));
        let fifo = workspace.join("spec/fifo.yaml");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        assert!(refusal(reader.read("spec/fifo.yaml")).contains("not a regular file"));
        assert!(refusal(reader.read("spec/methods")).contains("not a regular file"));
        // Inside the tree, a link is fine.
        std::os::unix::fs::symlink("root.yaml", workspace.join("spec/alias.yaml")).unwrap();
        assert_eq!(reader.read("spec/alias.yaml").unwrap(), "info: {}\n");
    }

    #[test]
    fn large_and_binary_files_are_refused() {
        let (workspace, reader) = tree();
        std::fs::write(workspace.join("spec/big.yaml"), vec![b'#'; MAX_SPEC_FILE_BYTES as usize + 1]).unwrap();
        assert!(refusal(reader.read("spec/big.yaml")).contains("larger than"));
        std::fs::write(workspace.join("spec/exact.yaml"), vec![b'#'; MAX_SPEC_FILE_BYTES as usize]).unwrap();
        assert!(reader.read("spec/exact.yaml").is_ok());
        std::fs::write(workspace.join("spec/binary.yaml"), b"a: \xff\xfe secret").unwrap();
        let message = refusal(reader.read("spec/binary.yaml"));
        assert!(message.contains("offset 3") && !message.contains("secret"), "{message}");
    }
}
