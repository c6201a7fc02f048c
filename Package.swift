// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The `mentor` shell: a thin executable over four libraries, one concern each.
///
/// - `MentorModel`: mentees, grade scales, results and status rules; no I/O.
/// - `MentorStore`: the SQLite file; the only place that speaks SQL.
/// - `MentorExchange`: data sheets in (CSV), sheets and reports out.
/// - `MentorShell`: line reading, word splitting, the command table, scripts.
let package = Package(
  name: "mentor",
  products: [
    .executable(name: "mentor", targets: ["mentor"])
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "EditLineShim", dependencies: ["CLibEdit"]),
    .target(name: "MentorModel"),
    .target(name: "MentorStore", dependencies: ["MentorModel", "CSQLite"]),
    .target(name: "MentorExchange", dependencies: ["MentorModel"]),
    .target(
      name: "MentorShell",
      dependencies: ["MentorModel", "MentorStore", "MentorExchange", "EditLineShim"]
    ),
    .executableTarget(name: "mentor", dependencies: ["MentorShell"]),
    // Times Tab completion in the process, for scripts/bench.
    .executableTarget(name: "mentor-bench", dependencies: ["MentorShell", "MentorStore"]),
    .testTarget(name: "MentorModelTests", dependencies: ["MentorModel"]),
    .testTarget(name: "MentorStoreTests", dependencies: ["MentorStore"]),
    .testTarget(name: "MentorExchangeTests", dependencies: ["MentorExchange"]),
    .testTarget(name: "MentorShellTests", dependencies: ["MentorShell", "MentorStore"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["MentorShell"],
      exclude: ["Fixtures", "Transcripts"]
    ),
  ]
)

// The fuzzer's executable, built only by scripts/fuzz (which sets MENTOR_FUZZ and builds
// with -sanitize=fuzzer, so that libFuzzer supplies `main`); the entry points it calls are
// in MentorShell/Fuzzing, where the test suite replays the seed corpus through them.
if ProcessInfo.processInfo.environment["MENTOR_FUZZ"] != nil {
  package.targets.append(
    .executableTarget(
      name: "mentor-fuzz", dependencies: ["MentorShell"], path: "fuzz/Sources/mentor-fuzz"))
}
