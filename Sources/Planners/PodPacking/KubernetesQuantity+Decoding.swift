extension KeyedDecodingContainer {
    /// A resource amount written as a whole number (already in base units) or as a Kubernetes
    /// quantity string scaled by `unitsPerWhole` (1000 for CPU in millicores, 1 for bytes).
    func decodeResource(forKey key: Key, unitsPerWhole: Int) throws -> Int {
        if let text = try? decode(String.self, forKey: key) {
            let quantity: KubernetesQuantity
            do { quantity = try KubernetesQuantity(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: error.description)
            }
            guard let value = quantity.scaled(by: unitsPerWhole) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "'\(text)' is too large")
            }
            return value
        }
        return try decode(Int.self, forKey: key)
    }
}
