# Homebrew formula for the `hive` command line tool (and the Hive Studio app
# bundle, built from the same source and linked into the prefix).
#   brew install --build-from-source ./installer/macos/hive.rb
class Hive < Formula
  desc "Design, build, run and repair a highly available Docker Swarm site"
  homepage "https://hive-builder.readthedocs.io/"
  # The release's address and checksum are filled in when it is published.
  url "https://hive-studio.invalid/releases/hive-studio-0.1.0.tar.gz"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  version "0.1.0"
  head "https://hive-studio.invalid/hive-studio.git", branch: "main"

  depends_on "cmake" => :build
  depends_on "ninja" => :build
  depends_on "pkgconf" => :build
  depends_on "ansible"
  depends_on "libssh"
  depends_on "openssl@3"
  depends_on "qt"
  depends_on "yaml-cpp"

  # QCustomPlot (the app's charts) has no formula: it is built with the app
  # from its own source release, never copied into Hive Studio's tree.
  resource "qcustomplot" do
    url "https://www.qcustomplot.com/release/2.1.1/QCustomPlot-source.tar.gz"
    # the checksum of that release, filled in when the formula is published
    sha256 "0000000000000000000000000000000000000000000000000000000000000000"
  end

  def install
    resource("qcustomplot").stage(buildpath/"qcustomplot")
    system "cmake", "-S", ".", "-B", "build", "-G", "Ninja",
           "-DCMAKE_BUILD_TYPE=Release",
           "-DHIVE_BUILD_TESTS=OFF",
           "-DHIVE_BUILD_BENCH=OFF",
           "-DHIVE_WERROR=OFF",
           "-DHIVE_QCUSTOMPLOT_SOURCE=#{buildpath}/qcustomplot",
           *std_cmake_args
    system "cmake", "--build", "build", "--target", "hive", "hive-studio"
    system "cmake", "--install", "build", "--prefix", prefix
    bash_completion.install "installer/completion/hive.bash" => "hive"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/hive --version")
    (testpath/"inventory").mkpath
    (testpath/"inventory/hive.yml").write <<~YAML
      plugin: hive_inventory
      name: test.example.jp
      stages:
        private:
          provider: docker
          separate_repository: true
          cidr: 172.30.242.0/24
    YAML
    system bin/"hive", "-r", testpath, "list-hosts"
  end
end
