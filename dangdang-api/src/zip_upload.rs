//! Zip uploads (`items.pics.set`): the typed document as a GBK XML file plus the caller's files, in
//! one archive built with the `zip` crate.

use std::io::{Cursor, Write};

use zip::ZipWriter;
use zip::write::SimpleFileOptions;

use crate::Error;

/// The archive for a zip upload: `document_name` holds the request document (`fragment`, the
/// children of `<request>`, completed with `functionID` and the current Beijing time, in GBK),
/// followed by `files` as `(name inside the archive, bytes)`. `field` names the upload in errors
/// (a file name given twice, or the document's own name reused). The size cap is checked when the
/// part is sent.
pub(crate) fn archive(
    method: &'static str,
    field: &str,
    document_name: &str,
    fragment: &str,
    files: &[(String, Vec<u8>)],
) -> Result<Vec<u8>, Error> {
    let timestamp = crate::BeijingTime::now().to_string();
    let document = crate::charset::xml_to_gbk(&crate::xml::request_document(method, &timestamp, fragment));
    let refuse = |rule: String| Error::InvalidParam { method, param: field.to_owned(), rule };
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // Every entry is stored as it is: pictures are already compressed, and the document is a few
    // kilobytes next to them (the 20 MB cap is the pictures'); no deflate code to build for users.
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let entries = std::iter::once((document_name, document.as_slice()))
        .chain(files.iter().map(|(name, bytes)| (name.as_str(), bytes.as_slice())));
    for (name, bytes) in entries {
        zip.start_file(name, stored).map_err(|error| refuse(format!("archive entry `{name}`: {error}")))?;
        zip.write_all(bytes).map_err(|error| refuse(format!("archive entry `{name}`: {error}")))?;
    }
    let cursor = zip.finish().map_err(|error| refuse(format!("archive: {error}")))?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        (0..archive.len())
            .map(|i| {
                let mut file = archive.by_index(i).unwrap();
                let mut content = Vec::new();
                file.read_to_end(&mut content).unwrap();
                (file.name().to_owned(), content)
            })
            .collect()
    }

    #[test]
    fn the_archive_holds_the_gbk_document_then_the_files() {
        let files = vec![("a.jpg".to_owned(), vec![0xFF, 0xD8, 1, 2]), ("b.jpg".to_owned(), vec![3])];
        let bytes =
            archive("dangdang.items.pics.set", "setItemsPics", "setItemsPics.xml", "<x>军绿</x>", &files).unwrap();
        let entries = entries(&bytes);
        let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["setItemsPics.xml", "a.jpg", "b.jpg"]);
        let (text, _, errors) = encoding_rs::GBK.decode(&entries[0].1);
        assert!(!errors);
        assert!(text.starts_with(r#"<?xml version="1.0" encoding="GBK"?>"#), "{text}");
        assert!(
            text.contains("<functionID>dangdang.items.pics.set</functionID>") && text.contains("<x>军绿</x>"),
            "{text}"
        );
        assert_eq!(entries[1].1, [0xFF, 0xD8, 1, 2]);
    }

    #[test]
    fn a_file_name_given_twice_is_refused_naming_the_field() {
        let files = vec![("a.jpg".to_owned(), vec![1]), ("a.jpg".to_owned(), vec![2])];
        let error = archive("m", "setItemsPics", "doc.xml", "", &files).unwrap_err();
        assert!(
            matches!(&error, Error::InvalidParam { param, rule, .. } if param == "setItemsPics" && rule.contains("a.jpg")),
            "{error}"
        );
        let reused = vec![("doc.xml".to_owned(), vec![1])];
        assert!(archive("m", "setItemsPics", "doc.xml", "", &reused).is_err(), "the document's name is taken");
    }
}
