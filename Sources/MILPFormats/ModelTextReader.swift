import Foundation
import MILP

/// A reader of one model file format that reads its text itself: ``MPSReader`` and ``LPReader``.
/// Files and data may be gzip-compressed (recognised by the magic bytes, whatever the name).
public protocol ModelTextReader: Sendable {
    /// Reads the text of a file, already decompressed and checked to be text; `file` names it in
    /// errors and gives the model its name when the text has none.
    func read(text: [UInt8], file: String) throws(ParseError) -> ModelFile
}

extension ModelTextReader {
    /// Reads the file at `url`, compressed or not. Errors name the path as given in `url`.
    public func read(contentsOf url: URL) throws(ParseError) -> ModelFile {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        return try read(text: ModelFileBytes.contents(of: url, file: file), file: file)
    }

    /// Reads a file held in memory, compressed or not; `fileName` names it in errors and gives
    /// the model its name when the text has none.
    public func read(_ data: Data, fileName: String) throws(ParseError) -> ModelFile {
        try read(text: ModelFileBytes.text(of: data, file: fileName), file: fileName)
    }
}
