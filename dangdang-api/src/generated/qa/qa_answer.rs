// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.qa.answer`: Answer buyer questions (留言) in a batch; the page says the same call can also change a question's display state or delete questions.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/answerQA.php`
//! - Transport: multipart POST, document in file part `answerQA`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-146: Official doc page 146 (qa.answer), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=146>
//!
//! Notes:
//! - Version label 2.0 on the doc page; clients send `v=1.0` to 2.0-labelled methods and report success (protocol §4) \[1: DOC-146\].
//! - Official SDK: `QaAnswerRequest` with `setAnswerQAFile(FileItem)` \[1: DOC-146\]. The upload (type file) is the only business parameter listed.
//! - `displayState`: only `1` appears in the sample. The page says the call can change the display state and delete, so presumably one value shows, another hides, another deletes; the codes are unknown \[inf\].
//! - The most `QAInfo` entries per file is unknown.
//! - The reply's `QAID` echoes the input and can be non-numeric if the input was, so it is decoded as text \[1: DOC-146\].
//!
//! Result codes:
//! - `201`: 留言编号不存在 — The question id does not exist. (\[1\] DOC-146)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.qa.answer";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/answerQA.php";

/// Request for `dangdang.qa.answer` (answerQA.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.qa.answer")]
#[doc(alias = "answerQA.php")]
#[doc(alias = "answerQA")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `answerQA`.
    pub document: upload::Document,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: upload::Document) -> Self {
        Self {
            document,
            extra_params: Vec::new(),
        }
    }

    /// Adds a parameter the spec does not know, by wire name.
    pub fn param(
        mut self,
        wire_name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.extra_params.push((wire_name.into(), value.into()));
        self
    }
}

impl crate::Method for Request {
    type Response = Response;

    const INFO: crate::MethodInfo = crate::generated::catalog::QA_ANSWER;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "answerQA",
                filename: "answerQA.xml",
                max_bytes: None,
                body: crate::UploadBody::Fragment({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    w.finish()
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// The document uploaded in file part `answerQA` (GBK XML under `<request>`).
pub mod upload {
    /// The `request` element.
    ///
    /// Element `request`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct Document {
        /// The questions to answer.
        ///
        /// Wire name: `QAList` › `QAInfo*`.
        /// Certainty: \[1\] DOC-146.
        #[cfg_attr(feature = "serde", serde(default))]
        pub qa_list: Vec<QaInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(qa_list: Vec<QaInfo>) -> Self {
            Self { qa_list }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            w.start("QAList");
            for item in &self.qa_list {
                w.start("QAInfo");
                item.write_xml(w, method)?;
                w.end("QAInfo");
            }
            w.end("QAList");
            Ok(())
        }
    }

    /// One question to answer (the most per file is unknown).
    ///
    /// Element `QAInfo`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct QaInfo {
        /// Question id (numeric).
        ///
        /// Wire name: `QAID` (integer).
        /// Certainty: \[1\] DOC-146; required \[inf\].
        #[doc(alias = "QAID")]
        pub qa_id: i64,
        /// Answer text (Chinese).
        ///
        /// Wire name: `AContent` (text).
        #[doc(alias = "AContent")]
        pub answer_content: Option<String>,
        /// Display state; only `1` appears in the sample, the codes for show / hide / delete are unknown.
        ///
        /// Wire name: `displayState` (integer).
        pub display_state: Option<i32>,
    }

    impl QaInfo {
        /// Builds `<QAInfo>` from its required children; optional ones start empty.
        pub fn new(qa_id: i64) -> Self {
            Self {
                qa_id,
                answer_content: None,
                display_state: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            _method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.qa_id);
            w.leaf("QAID", &text);
            if let Some(value) = &self.answer_content {
                let text = crate::wire::text(value);
                w.leaf("AContent", &text);
            }
            if let Some(value) = &self.display_state {
                let text = crate::wire::text(value);
                w.leaf("displayState", &text);
            }
            Ok(())
        }
    }
}

/// Answer buyer questions (留言) in a batch; the page says the same call can also change a question's display state or delete questions.
///
/// Element `response`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// One result per uploaded question.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] DOC-146.
    pub result: Option<AnswerResult>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            result: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"Result") => out.result = decoder.opt_nested()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Result for one question.
///
/// Element `QAInfo`.
///
/// To build one in a test: `let mut value = QaInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct QaInfo {
    /// Question id as echoed (text: non-numeric when the input was).
    ///
    /// Wire name: `QAID` (text).
    #[doc(alias = "QAID")]
    pub qa_id: Option<String>,
    /// Result code; 0 = ok.
    ///
    /// Wire name: `QAOperCode` (code table [`QaAnswerResultCode`](crate::types::QaAnswerResultCode)).
    pub qa_oper_code: Option<crate::types::QaAnswerResultCode>,
    /// Result text, e.g. 操作成功.
    ///
    /// Wire name: `QAOperation` (text).
    pub qa_operation: Option<String>,
}

impl crate::xml_decode::FromXml for QaInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            qa_id: None,
            qa_oper_code: None,
            qa_operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"QAID") => out.qa_id = decoder.opt()?,
                Some(b"QAOperCode") => out.qa_oper_code = decoder.opt()?,
                Some(b"QAOperation") => out.qa_operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One result per uploaded question.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-146.
///
/// To build one in a test: `let mut value = AnswerResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AnswerResult {
    /// The per-question results.
    ///
    /// Wire name: `QAList` › `QAInfo*`.
    pub qa_list: Vec<QaInfo>,
}

impl crate::xml_decode::FromXml for AnswerResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self { qa_list: Vec::new() };
        loop {
            match decoder.next_child()? {
                Some(b"QAList") => decoder.list_of(b"QAInfo", &mut out.qa_list)?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

impl Response {
    /// The entries of `QAList` › `QAInfo*` that failed: those whose `QAOperCode` is not `0` (success), each with its code.
    ///
    /// [`QaAnswerResultCode::meaning`](crate::types::QaAnswerResultCode::meaning) says what a known code means; an unknown one is `QaAnswerResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&QaInfo, &crate::types::QaAnswerResultCode)> {
        crate::types::failed(
            self
                .result
                .as_ref()
                .map(|v| v.qa_list.as_slice())
                .unwrap_or_default()
                .iter(),
            |entry| entry.qa_oper_code.as_ref(),
        )
    }
}
