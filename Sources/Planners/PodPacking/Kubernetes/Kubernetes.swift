/// The parts of the Kubernetes API that decide where a pod may run, with the matching rules the
/// kube-scheduler applies to them. The types keep Kubernetes' JSON field names, so a pod's
/// `affinity` or `tolerations` can be copied from `kubectl get pod -o json` into the compact
/// problem form unchanged.
public enum Kubernetes {
    /// The kube-scheduler release whose default profile the baseline, the model and the verifier
    /// follow: its filters, its score plugins and their weights, DefaultPreemption, and the
    /// feature gates that release enables by default (sidecar containers, pod-level resources,
    /// `matchLabelKeys`, node inclusion policies in topology spread).
    public static let schedulerVersion = "1.34"

    /// The label every node carries with its own name, the usual per-node topology key.
    public static let hostnameLabel = "kubernetes.io/hostname"
    /// The label with a node's operating system, which a pod's `spec.os.name` must match.
    public static let operatingSystemLabel = "kubernetes.io/os"
    /// The taint key of a cordoned node, which a pod must tolerate to be placed there.
    public static let unschedulableTaintKey = "node.kubernetes.io/unschedulable"
}
