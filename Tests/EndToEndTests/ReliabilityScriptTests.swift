import Foundation
import Testing

/// Short runs of the reliability scripts in `scripts/`, against the built `mentor`; the
/// figures in RELIABILITY.md come from long runs of the same scripts.
@Suite("Killed at random and run side by side, mentor loses nothing it confirmed")
struct ReliabilityScriptTests {
  /// The command that runs `name` from `scripts/` with `arguments` and the built mentor.
  private func script(_ name: String, _ arguments: String) -> String {
    let path = MentorProcess.packageRoot.appendingPathComponent("scripts/\(name)").path
    return "'\(path)' --mentor \"$MENTOR\" \(arguments)"
  }

  @Test func fiftyKillsAtRandomMomentsLeaveFiftyCleanDatabases() throws {
    let run = MentorProcess()
    defer { run.cleanUp() }
    let seed = Int.random(in: 1...1_000_000)

    let outcome = try run.runShell(
      script("crash-test", "--kills 50 --commands 1200 --seed \(seed) --quiet"),
      timeLimit: 120)

    #expect(outcome.errors == "")
    #expect(outcome.output.contains("crash-test: 50 kills, 50 clean databases (seed \(seed)"))
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test func writersSideBySideStoreEveryChangeAndShowNoBusyError() throws {
    let run = MentorProcess()
    defer { run.cleanUp() }

    let outcome = try run.runShell(
      script("concurrency-test", "--processes 4 --changes 300"), timeLimit: 120)

    #expect(outcome.errors == "")
    #expect(outcome.output.contains("4 processes x 300 changes: 1200 stored of 1200, 0 busy"))
    #expect(outcome.status == 0, "\(outcome.output)")
  }

  @Test(
    "Output held back is written out when a signal ends mentor during a long load",
    arguments: [SIGINT, SIGTERM, SIGHUP])
  func heldOutputIsWrittenWhenASignalEndsMentor(signal: Int32) throws {
    let run = MentorProcess()
    defer { run.cleanUp() }
    let sheet = run.path("big.csv")
    let made = try run.runShell(
      "'\(MentorProcess.packageRoot.path)/scripts/make-school' sheet --mentees 2000"
        + " --subjects 12 --months 10 '\(sheet)'")
    try #require(made.status == 0, "\(made.errors)")
    let agrees = (1...30).map { "agree K210400000011 student 'reads aloud, week \($0)'" }
    let script = try run.write(
      "long.mentor",
      "load \(MentorProcess.fixture("long.csv")) --month 2026-09\n" + agrees.joined(separator: "\n")
        + "\nload '\(sheet)'\n")

    let output = run.path("output.txt")
    let processID = try Self.spawn(
      ["--db", run.path("school.db"), script], output: output,
      environment: run.environment(["MENTOR_USER": "Ms Adeyemi"]))
    // Once the last agree is stored, the big sheet is being read, which takes seconds.
    var agreed = false
    for _ in 0..<300 where !agreed {
      Thread.sleep(forTimeInterval: 0.1)
      let history = try run.run(["--db", "school.db", "-c", "history K210400000011"])
      agreed = history.output.contains("week 30")
    }
    kill(processID, signal)
    try #require(agreed, "the agrees before the big load were not stored")
    var status: Int32 = 0
    waitpid(processID, &status, 0)
    let written = try String(contentsOfFile: output, encoding: .utf8)

    #expect(status & 0x7f == signal, "ended by the signal, not with status \(status >> 8)")
    #expect(written.contains("Agreed I30 Student: reads aloud, week 30 [agreed].\n"), "\(written)")
    #expect(!written.contains("big.csv"))
  }

  /// Starts `mentor` with standard output to the file `output`, with the signals a test
  /// runner blocks or ignores back to their defaults, as a shell would start it.
  private static func spawn(
    _ arguments: [String], output: String, environment: [String: String]
  ) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    let path = MentorProcess.executable.path
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var processID: pid_t = 0
    guard posix_spawn(&processID, path, &actions, &attributes, argv, envp) == 0 else {
      throw CocoaError(.executableLoad)
    }
    return processID
  }
}
