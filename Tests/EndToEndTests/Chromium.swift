import Foundation

/// Headless Chromium, when it is installed, rendering an HTML sheet as a browser prints it.
///
/// Each rendering writes a PNG of the first screen, in a window of A4's proportions, and a
/// PDF as Chromium prints it, then reads back the picture's size and the first page's size.
struct Chromium {
  /// What one rendering left behind.
  struct Rendering {
    var outcome: MentorProcess.Outcome
    /// The PNG's width and height in pixels, if Chromium wrote one.
    var pictureSize: (width: Int, height: Int)?
    /// How many bytes the PNG holds: a blank page compresses to almost nothing.
    var pictureBytes: Int
    /// The width and height of the PDF's first page in points, if Chromium wrote one.
    var pageSize: (width: Double, height: Double)?
  }

  /// A window of 210 by 297 millimetres at 96 pixels an inch: A4 portrait on screen.
  static let windowWidth = 794
  static let windowHeight = 1123

  /// The `chromium` program on PATH (or `chromium-browser`, as some systems name it).
  static let executable: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    for name in ["chromium", "chromium-browser"] {
      for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)")
      {
        return "\(folder)/\(name)"
      }
    }
    return nil
  }()

  /// The program to run.
  let executable: String
  /// The test's folder, where the picture, the PDF and Chromium's profile go.
  let mentor: MentorProcess

  init(executable: String, in mentor: MentorProcess) {
    self.executable = executable
    self.mentor = mentor
  }

  /// Renders the HTML file at `sheet` to `sheet.png` and `sheet.pdf` in the test's folder.
  ///
  /// Chromium runs without its sandbox (a container's root user has none to give it), with
  /// no GPU and with a profile of its own inside the test's folder.
  func render(_ sheet: String) throws -> Rendering {
    let picture = mentor.path("sheet.png")
    let document = mentor.path("sheet.pdf")
    let script = """
      set -e
      common="--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run"
      "$CHROMIUM" $common --user-data-dir="$PROFILE" \
        --window-size=\(Self.windowWidth),\(Self.windowHeight) --screenshot="$PICTURE" "$PAGE"
      "$CHROMIUM" $common --user-data-dir="$PROFILE" \
        --no-pdf-header-footer --print-to-pdf="$DOCUMENT" "$PAGE"
      """
    let outcome = try mentor.runShell(
      script,
      environment: [
        "CHROMIUM": executable, "PROFILE": mentor.path("chromium-profile"),
        "PICTURE": picture, "DOCUMENT": document,
        "PAGE": URL(fileURLWithPath: sheet).absoluteString,
      ],
      timeLimit: 30)

    let png = FileManager.default.contents(atPath: picture) ?? Data()
    let pdf = FileManager.default.contents(atPath: document) ?? Data()
    return Rendering(
      outcome: outcome, pictureSize: Self.size(ofPNG: png), pictureBytes: png.count,
      pageSize: Self.firstPageSize(ofPDF: pdf))
  }

  /// Width and height from a PNG's header chunk, which every PNG begins with.
  static func size(ofPNG bytes: Data) -> (width: Int, height: Int)? {
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let bytes = [UInt8](bytes)
    guard bytes.count >= 24, Array(bytes[0..<8]) == signature,
      String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
    else { return nil }
    let number = { (start: Int) in
      bytes[start..<start + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    return (number(16), number(20))
  }

  /// The size of the first page from a PDF's first `/MediaBox [x0 y0 x1 y1]`.
  static func firstPageSize(ofPDF bytes: Data) -> (width: Double, height: Double)? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let box = text.firstRange(of: "/MediaBox [") else { return nil }
    let numbers = text[box.upperBound...].prefix { $0 != "]" }
      .split(separator: " ").compactMap { Double($0) }
    guard numbers.count == 4 else { return nil }
    return (numbers[2] - numbers[0], numbers[3] - numbers[1])
  }
}
