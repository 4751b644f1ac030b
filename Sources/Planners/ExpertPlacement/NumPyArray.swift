import Foundation

/// A numeric array in NumPy's `.npy` format, the way PyTorch-based serving engines dump tensors.
///
/// Reads format versions 1.0 and 2.0 with a little-endian (or single-byte) integer or
/// floating-point element type, in C or Fortran order; writes version 1.0 with 64-bit
/// little-endian integers (`<i8`, NumPy's and PyTorch's default integer). Anything else (big-endian,
/// booleans, complex numbers, strings, Python objects, other versions) is refused by name, and a
/// file that ends before its data does is an error.
public struct NumPyArray: Sendable, Equatable {
    /// The length of each dimension, outermost first.
    public var shape: [Int]
    /// The elements in C order (the last index varies fastest).
    public var values: [Double]

    /// An array from its shape and C-order elements.
    public init(shape: [Int], values: [Double]) {
        precondition(shape.reduce(1, *) == values.count, "the shape does not match the number of values")
        self.shape = shape
        self.values = values
    }

    /// Reads a `.npy` file's contents; errors name the header field or the data at fault.
    public init(npy data: Data) throws(PlannerInputError) {
        let bytes = [UInt8](data)
        guard bytes.count >= 10, bytes[0..<6].elementsEqual([0x93] + Array("NUMPY".utf8)) else {
            throw PlannerInputError(field: "", "not a NumPy .npy file (it does not start with \\x93NUMPY)")
        }
        let major = bytes[6], minor = bytes[7]
        let headerStart: Int, headerLength: Int
        switch major {
        case 1:
            headerStart = 10
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        case 2:
            guard bytes.count >= 12 else { throw PlannerInputError(field: "", "the .npy file ends inside its header") }
            headerStart = 12
            headerLength = (8..<12).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 8)) }
        default:
            throw PlannerInputError(field: "", ".npy format version \(major).\(minor) is not supported (only 1.0 and 2.0)")
        }
        guard bytes.count >= headerStart + headerLength else { throw PlannerInputError(field: "", "the .npy file ends inside its header") }
        guard let header = String(bytes: bytes[headerStart..<(headerStart + headerLength)], encoding: .ascii) else {
            throw PlannerInputError(field: "header", "is not ASCII text")
        }
        let fields = try Self.headerFields(header)
        let element = try ElementType(descriptor: fields.descriptor)
        let count = try Self.elementCount(of: fields.shape)
        let dataStart = headerStart + headerLength
        let expected = count.multipliedReportingOverflow(by: element.size)
        guard !expected.overflow, bytes.count - dataStart == expected.partialValue else {
            let available = bytes.count - dataStart
            throw PlannerInputError(field: "", available < expected.partialValue || expected.overflow
                ? "the .npy file ends early: shape \(fields.shape) of '\(fields.descriptor)' needs \(expected.partialValue) bytes of data, found \(available)"
                : "the .npy file has \(available - expected.partialValue) bytes after the data its shape \(fields.shape) describes")
        }
        var values = (0..<count).map { element.value(in: bytes, at: dataStart + $0 * element.size) }
        if fields.fortranOrder && fields.shape.count > 1 { values = Self.cOrder(fortranOrder: values, shape: fields.shape) }
        shape = fields.shape
        self.values = values
    }

    /// The array as a `.npy` file (version 1.0) of 64-bit little-endian integers; every value
    /// must be a whole number.
    public func npyInt64() -> Data {
        var header = "{'descr': '<i8', 'fortran_order': False, 'shape': (\(shape.map(String.init).joined(separator: ", "))\(shape.count == 1 ? "," : "")), }"
        // Magic (6) + version (2) + length (2) + header + newline, padded to a multiple of 64.
        let unpadded = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count & 0xff), UInt8(header.utf8.count >> 8)])
        data.append(contentsOf: Array(header.utf8))
        let integers = values.map { value in
            precondition(value == value.rounded(), "npyInt64 writes whole numbers only")
            return Int64(value).littleEndian
        }
        integers.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    /// The rows of a two-dimensional array.
    public var matrix: [[Double]]? {
        guard shape.count == 2 else { return nil }
        return (0..<shape[0]).map { Array(values[($0 * shape[1])..<(($0 + 1) * shape[1])]) }
    }

    // MARK: Header

    private struct HeaderFields {
        var descriptor: String
        var fortranOrder: Bool
        var shape: [Int]
    }

    /// The three entries of the header, a Python dictionary literal such as
    /// `{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }`.
    private static func headerFields(_ header: String) throws(PlannerInputError) -> HeaderFields {
        func value(of key: String) throws(PlannerInputError) -> Substring {
            guard let keyRange = header.range(of: "'\(key)'") ?? header.range(of: "\"\(key)\""),
                  let colon = header[keyRange.upperBound...].firstIndex(of: ":") else {
                throw PlannerInputError(field: "header.\(key)", "is missing from the .npy header \(header.trimmingCharacters(in: .whitespacesAndNewlines))")
            }
            return header[header.index(after: colon)...].drop { $0 == " " }
        }
        let descrText = try value(of: "descr")
        guard let quote = descrText.first, quote == "'" || quote == "\"",
              let end = descrText.dropFirst().firstIndex(of: quote) else {
            throw PlannerInputError(field: "header.descr", "must be a type string such as '<f8'; structured arrays are not supported")
        }
        let descriptor = String(descrText[descrText.index(after: descrText.startIndex)..<end])
        let orderText = try value(of: "fortran_order")
        let fortranOrder: Bool
        if orderText.hasPrefix("True") { fortranOrder = true } else if orderText.hasPrefix("False") { fortranOrder = false } else {
            throw PlannerInputError(field: "header.fortran_order", "must be True or False")
        }
        let shapeText = try value(of: "shape")
        guard shapeText.first == "(", let close = shapeText.firstIndex(of: ")") else {
            throw PlannerInputError(field: "header.shape", "must be a tuple of whole numbers")
        }
        var shape: [Int] = []
        for part in shapeText[shapeText.index(after: shapeText.startIndex)..<close].split(separator: ",") {
            let text = part.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "L", with: "")
            guard let length = Int(text), length >= 0 else {
                throw PlannerInputError(field: "header.shape", "'\(part)' is not a dimension length")
            }
            shape.append(length)
        }
        return HeaderFields(descriptor: descriptor, fortranOrder: fortranOrder, shape: shape)
    }

    /// The number of elements of `shape`, refusing shapes too large to hold in memory.
    private static func elementCount(of shape: [Int]) throws(PlannerInputError) -> Int {
        var count = 1
        for length in shape {
            let product = count.multipliedReportingOverflow(by: length)
            guard !product.overflow, product.partialValue <= 1 << 31 else {
                throw PlannerInputError(field: "header.shape", "\(shape) has more elements than a load matrix can have (at most 2^31)")
            }
            count = product.partialValue
        }
        return count
    }

    /// Reorders Fortran-order elements (the first index varies fastest) into C order.
    private static func cOrder(fortranOrder values: [Double], shape: [Int]) -> [Double] {
        var result = Array(repeating: 0.0, count: values.count)
        var index = Array(repeating: 0, count: shape.count)
        for value in values {
            var offset = 0
            for (dimension, length) in shape.enumerated() { offset = offset * length + index[dimension] }
            result[offset] = value
            for dimension in shape.indices {
                index[dimension] += 1
                if index[dimension] < shape[dimension] { break }
                index[dimension] = 0
            }
        }
        return result
    }

    /// The element types read: little-endian (or single-byte) integers and floats.
    private enum ElementType {
        case signed(Int), unsigned(Int), float32, float64

        init(descriptor: String) throws(PlannerInputError) {
            let order = descriptor.first, kind = descriptor.dropFirst().first, size = Int(descriptor.dropFirst(2)) ?? 0
            guard order == "<" || order == "|" || (order == "=" && 1.littleEndian == 1) else {
                throw PlannerInputError(field: "header.descr", "'\(descriptor)' is big-endian; save the array little-endian (array.astype('<f8'))")
            }
            switch (kind, size) {
            case ("i", 1), ("i", 2), ("i", 4), ("i", 8): self = .signed(size)
            case ("u", 1), ("u", 2), ("u", 4), ("u", 8): self = .unsigned(size)
            case ("f", 4): self = .float32
            case ("f", 8): self = .float64
            default:
                let name = switch kind {
                case "b": "booleans"
                case "c": "complex numbers"
                case "U", "S": "strings"
                case "O": "Python objects"
                case "f": "\(size * 8)-bit floats"
                default: "this element type"
                }
                throw PlannerInputError(field: "header.descr", "'\(descriptor)' holds \(name); loads must be integers or 32/64-bit floats")
            }
        }

        var size: Int {
            switch self {
            case let .signed(size), let .unsigned(size): size
            case .float32: 4
            case .float64: 8
            }
        }

        func value(in bytes: [UInt8], at offset: Int) -> Double {
            var raw: UInt64 = 0
            for byte in 0..<size { raw |= UInt64(bytes[offset + byte]) << (8 * byte) }
            switch self {
            case let .signed(size):
                let shift = UInt64(64 - 8 * size)
                return Double(Int64(bitPattern: raw << shift) >> Int64(shift))
            case .unsigned: return Double(raw)
            case .float32: return Double(Float(bitPattern: UInt32(raw)))
            case .float64: return Double(bitPattern: raw)
            }
        }
    }
}
