/**
 * The command line's help text, and the files `scan` reads when it is given
 * no globs. Plain data: `--help` loads nothing else.
 */
import { DEFAULT_UPDATE_GLOBS } from '../files/default-globs.js'

/** What `registry-tags scan` reads with no globs: the same files as `image: auto` without `update-files`. */
export const DEFAULT_SCAN_GLOBS: readonly string[] = DEFAULT_UPDATE_GLOBS

const defaults = DEFAULT_SCAN_GLOBS.map(glob => `                           ${glob}`).join('\n')

export const USAGE = `Usage: registry-tags [flags] <image>
       registry-tags scan [flags] [globs…]
       registry-tags --repositories <registry | docker.io/<namespace> | ghcr.io/<owner>> [flags]

Prints the newest tag of <image> that passes the filters, read from any
registry that speaks the Docker Registry HTTP API V2 / OCI Distribution.

  registry-tags python:3.12-slim          newest 3.x.y-slim tag (same shape)
  registry-tags --range '^1' ghcr.io/o/app
  registry-tags --json python             every output as one JSON object
  registry-tags --explain python:3.12-slim   how the tags were read
  registry-tags scan                      images in this directory's files
  registry-tags scan --write 'deploy/**/*.yaml'   …and rewrite them
  registry-tags --repositories registry.example.com:5000     its catalog
  registry-tags --repositories docker.io/bitnami             a Docker Hub namespace
  GITHUB_TOKEN=… registry-tags --repositories ghcr.io/octo-org   an owner's packages

Choosing the tag:
  --filter <regex>       a tag must match; a (?<version>…) group is the version
  --exclude <regex>      drop matching tags
  --range <range>        npm semver range the version satisfies: ^3.12, ~1.4, ">=2 <3"
  --variant <variant>    suffix after the version: auto (default), *, alpine, /regex/
  --precision <p>        auto (default), same or any
  --prerelease           also consider prereleases
  --current <tag>        the current tag, when <image> has none
  --platform <os/arch>   also resolve that platform's digest, e.g. linux/arm64
  --minimum-release-age <age>
                         hold tags pushed more recently: 3d, 12h, "2 days", 1w
                         (dates from the registry: Hub, GitHub Packages, quay,
                         else the manifest's Last-Modified)
  --release-age-missing <hold|allow>
                         a tag whose registry tells no date: hold (default)
  --lts <auto|only|off>  long-term-support lines of ubuntu, node and the Java
                         images: auto (default) keeps an LTS pin on LTS lines

Scanning files (registry-tags scan [globs…]):
  Checks every image referenced in the files the globs match (Dockerfile FROM,
  compose and Kubernetes image:, workflow container and services), each
  reference within its own variant and precision, and prints one table:
  image, file:line, current → new, update type, digest. Globs are relative
  to the current directory; quote them so the shell leaves them alone.
  Without globs it reads:
${defaults}
  --write                rewrite the files (each whole, or not at all);
                         without it nothing is written
  --pin-digest           rewritten references get @sha256:… (ref:tag@digest)
  --json                 print the rows as a JSON array (the action's results)
  The filters above apply to every image; credentials come from docker
  login (~/.docker/config.json and its helpers), per registry.

Registry:
  --username <user>      with --password-stdin: the password or token is read
  --password-stdin         from standard input (never give it as a flag)
  --no-docker-config     do not use the credentials of docker login
                         (~/.docker/config.json and its credential helpers)
  --insecure             allow plain HTTP and unverified TLS for this registry
                         (scan: for every registry the files name)
  --timeout <seconds>    time for the whole lookup or scan (default 300)
  --repositories <where> list repositories instead of tags: a registry host
                         (its /v2/_catalog), docker.io/<namespace> (the Hub API)
                         or ghcr.io/<owner> (GitHub packages; the token is read
                         from GITHUB_TOKEN or GH_TOKEN); --filter and --exclude
                         apply to the names

Output:
  --json                 print the outputs as one JSON object
  --explain              also show how the current and chosen tags were read
                         (prefix, version, prerelease, variant, revision)
  --verbose              progress on stderr even when it is not a terminal
  -h, --help             print this help
  --version              print the version

Exit status: 0 a tag was found, or (scan) every image was checked, whether
or not updates exist; 1 an error (registry, no tag passes the filters, an
image of a scan that could not be checked, after the table of the others);
2 bad usage.
`
