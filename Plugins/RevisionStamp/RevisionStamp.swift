import Foundation
import PackagePlugin

/// Stamps the git revision of the package's sources into the target it is applied to, as the
/// internal constant `packageRevision`, before every build.
///
/// The revision is `git rev-parse HEAD`; when the files a build reads (`Package.swift`,
/// `Sources`, `Plugins`) differ from it, `-dirty-` and the first 12 digits of a digest of the
/// differences follow, so that two builds from different uncommitted changes never share a
/// revision. Without git, or outside a git work tree whose top is the package's directory (a
/// source archive, a copy inside another repository), the revision is `unknown`. The file is
/// rewritten only when the revision changes, so an unchanged revision recompiles nothing.
@main
struct RevisionStamp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Revision")
        return [
            .prebuildCommand(
                displayName: "Stamping the git revision into \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", Self.script, "stamp", context.package.directoryURL.path, output.path],
                outputFilesDirectory: output),
        ]
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
        printf '// Written by the RevisionStamp build plugin before every build.\n\n/// The git revision of the sources this module was built from (see the plugin), or `unknown`.\nlet packageRevision = "%s"\n' "$revision" > "$file.new" || exit 1
        if cmp -s "$file.new" "$file"; then rm -f "$file.new"; else mv "$file.new" "$file"; fi
        """#
}
