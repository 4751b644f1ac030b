import Foundation
import PackagePlugin

/// Stamps the git revision of the package's sources into the target it is applied to, as the
/// internal constant `packageRevision`.
///
/// The revision is `git rev-parse HEAD`; when the files a build reads (`Package.swift`,
/// `Sources`, `Plugins`) differ from it, `-dirty-` and the first 12 digits of a digest of the
/// differences follow, so that two builds from different uncommitted changes never share a
/// revision. Without git, or outside a git work tree whose top is the package's directory (a
/// source archive, a copy inside another repository), the revision is `unknown`. The file is
/// rewritten only when the revision changes, so an unchanged revision recompiles nothing.
///
/// It is a build command, not a prebuild one: the package manager skips prebuild commands on
/// incremental builds, which left the stamp of an earlier build in place. The command runs again
/// whenever a source file of the package, its manifest, or git's `HEAD` or index changes (a
/// commit, checkout or reset rewrites the index).
@main
struct RevisionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "Revision")
        let sources = context.package.targets.compactMap { $0 as? SourceModuleTarget }.flatMap { $0.sourceFiles.map(\.url) }
        let git = Self.gitDirectory(of: package).map { [$0.appending(path: "HEAD"), $0.appending(path: "index")] } ?? []
        return [
            .buildCommand(
                displayName: "Stamping the git revision into \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "stamp", package.path, output.path],
                inputFiles: [package.appending(path: "Package.swift")] + sources + git,
                outputFiles: [output.appending(path: "PackageRevision.swift")]),
        ]
    }

    /// The git directory of the work tree at `package`: `.git` itself, or the directory a `.git`
    /// file names (a linked work tree); `nil` without either.
    static func gitDirectory(of package: URL) -> URL? {
        let dotGit = package.appending(path: ".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return dotGit }
        guard let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir:") else { return nil }
        let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)
    }

    /// The POSIX shell script that writes `$2/PackageRevision.swift` for the package in `$1`.
    private static let script = #"""
        package=$1 output=$2
        mkdir -p "$output" || exit 1
        revision=unknown
        git() { command git -C "$package" --no-optional-locks "$@"; }
        if top=$(git rev-parse --show-toplevel 2>/dev/null) &&
           [ "$(cd "$top" && pwd -P)" = "$(cd "$package" && pwd -P)" ] &&
           head=$(git rev-parse --verify -q HEAD); then
            revision=$head
            paths="Package.swift Sources Plugins"
            if [ -n "$(git status --porcelain -- $paths)" ]; then
                digest=$({
                    git diff HEAD --binary -- $paths
                    git ls-files -z --others --exclude-standard -- $paths | (cd "$package" && xargs -0 -r git hash-object --)
                } | git hash-object --stdin | cut -c1-12)
                revision="$revision-dirty-$digest"
            fi
        fi
        file=$output/PackageRevision.swift
        printf '// Written by the RevisionStamp build plugin.\n\n/// The git revision of the sources this module was built from (see the plugin), or `unknown`.\nlet packageRevision = "%s"\n' "$revision" > "$file.new" || exit 1
        if cmp -s "$file.new" "$file"; then rm -f "$file.new"; else mv "$file.new" "$file"; fi
        """#
}
