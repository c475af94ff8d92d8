# Homebrew cask for the Hive Studio desktop app (the app bundle from a
# disk image of a release). The app calls the `hive` formula's tools.
#   brew install --cask ./installer/macos/hive-studio.rb
cask "hive-studio" do
  version "0.1.0"
  sha256 "0000000000000000000000000000000000000000000000000000000000000000"

  url "https://hive-studio.invalid/releases/HiveStudio-#{version}.dmg"
  name "Hive Studio"
  desc "Design, build, run and repair a highly available Docker Swarm site"
  homepage "https://hive-builder.readthedocs.io/"

  depends_on formula: "hive"
  depends_on macos: ">= :big_sur"

  app "Hive Studio.app"

  zap trash: [
    "~/Library/Preferences/io.github.hivestudio.HiveStudio.plist",
    "~/Library/Saved Application State/io.github.hivestudio.HiveStudio.savedState",
  ]
end
