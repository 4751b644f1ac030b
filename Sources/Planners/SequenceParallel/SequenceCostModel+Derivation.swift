extension SequenceCostModel {
    /// The cost model of training `model` on `cluster`, with communication for each of `degrees`
    /// above 1 that the model can run (see ``TransformerModel/parallelisms(degree:gpusPerNode:)``).
    ///
    /// - Compute: ``TransformerModel/attentionFLOPsPerSquaredToken`` and
    ///   ``TransformerModel/linearFLOPsPerToken`` at the cluster's achievable TFLOP/s.
    /// - Memory: ``TransformerModel/activationBytesPerToken``; per GPU, 16 bytes per parameter
    ///   sharded over all GPUs plus the cluster's reserved memory.
    /// - Communication, per degree the cheapest strategy per token (then by latency); a sequence
    ///   of s tokens on d GPUs has s/d tokens per GPU:
    ///   Ulysses over u GPUs sends (u−1)/u of each GPU's Q, K, V and output per layer and round
    ///   (forward, backward, and the recomputed forward when checkpointing), over NVLink inside a
    ///   node; a group spanning nodes sends the share bound for other nodes over the network at
    ///   the same time, and the slower link sets the time (or the measured bandwidth for u GPUs).
    ///   Ring attention over r GPUs takes r−1 steps per layer and pass, each sending a block of
    ///   keys and values (and their gradients in the backward pass); a ring spanning nodes runs at
    ///   the network's pace. USP does both: Ulysses over u GPUs of a node, then a ring of r = d/u.
    ///   Every collective round and ring step also pays the cluster's latency.
    public init(model: TransformerModel, cluster: TrainingCluster, degrees: [Int]) {
        let flops = cluster.achievableTFLOPs * 1e12
        var communication: [Int: Communication] = [:]
        for degree in degrees where degree > 1 {
            let options = model.parallelisms(degree: degree, gpusPerNode: cluster.gpusPerNode).map {
                Self.communication(of: $0, model: model, cluster: cluster)
            }
            communication[degree] = options.min { ($0.secondsPerToken, $0.latency) < ($1.secondsPerToken, $1.latency) }
        }
        self.init(attentionTime: model.attentionFLOPsPerSquaredToken / flops,
                  linearTime: model.linearFLOPsPerToken / flops,
                  communication: communication,
                  activationMemory: model.activationBytesPerToken,
                  staticMemory: 16 * model.parameters / Double(cluster.gpus) + cluster.reservedMemoryGiB * 1_073_741_824)
    }

    /// The per-token time and latency of running `parallelism` for `model` on `cluster`.
    static func communication(of parallelism: SequenceParallelism, model: TransformerModel, cluster: TrainingCluster) -> Communication {
        let degree = Double(parallelism.degree), layers = Double(model.layers)
        let gpusPerNode = cluster.gpusPerNode
        let spansNodes = parallelism.degree > gpusPerNode
        var secondsPerToken = 0.0, latency = Duration.zero
        let ulysses = parallelism.ulyssesDegree
        if ulysses > 1 {
            // Bytes one GPU sends per token of the sequence, per layer and round.
            let perGPU = model.ulyssesBytesPerToken / degree
            let seconds: Double
            if let measured = cluster.allToAllBandwidthGBps[ulysses] {
                seconds = perGPU * Double(ulysses - 1) / Double(ulysses) / (measured * 1e9)
            } else if ulysses <= gpusPerNode {
                seconds = perGPU * Double(ulysses - 1) / Double(ulysses) / (cluster.intraNodeBandwidthGBps * 1e9)
            } else {
                let offNode = perGPU * Double(ulysses - gpusPerNode) / Double(ulysses) / (cluster.interNodeBandwidthGBps * 1e9)
                let onNode = perGPU * Double(gpusPerNode - 1) / Double(ulysses) / (cluster.intraNodeBandwidthGBps * 1e9)
                seconds = max(offNode, onNode)
            }
            secondsPerToken += model.ulyssesPasses * layers * seconds
            // Two all-to-all rounds per layer and pass: before attention (Q, K, V) and after it.
            let start = ulysses <= gpusPerNode ? cluster.intraNodeLatency : cluster.interNodeLatency
            latency += start * (model.ulyssesPasses * layers * 2)
        }
        let ring = parallelism.ringDegree
        if ring > 1 {
            let bandwidth = (spansNodes ? cluster.interNodeBandwidthGBps : cluster.intraNodeBandwidthGBps) * 1e9
            let steps = Double(ring - 1)
            secondsPerToken += model.ringPasses * layers * steps * model.ringBytesPerToken / degree / bandwidth
            latency += (spansNodes ? cluster.interNodeLatency : cluster.intraNodeLatency) * (model.ulyssesPasses * layers * steps)
        }
        return Communication(parallelism: parallelism, secondsPerToken: secondsPerToken, latency: latency)
    }
}
