package lkip

// Versi is the version of the module github.com/pemkab/sakip, under
// semantic versioning (see "Compatibility" in the README and
// CHANGELOG.md). Every example prints it with -version.
const Versi = "0.2.0"
