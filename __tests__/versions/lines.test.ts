/**
 * Lines a tag must stay on (issue 22), each rule on the real tag lists of
 * at least two images: the scheme fixtures (pgvector, pgrouting), the
 * official histories (pypy) and the lists below, each quoted from public
 * Dockerfiles, compose files, issues and release scripts (the source is
 * named above each list).
 */
import { describe, expect, it } from '@jest/globals'
import { explainNoMatch, lineNotes, lineStoppedNote } from '../../src/versions/explain.js'
import type { PolicyInputs } from '../../src/versions/policy.js'
import { buildPolicy } from '../../src/versions/policy.js'
import { describeReading, formatReading } from '../../src/versions/reading.js'
import { selectTags } from '../../src/versions/select.js'
import { schemeFamilies, tagHistory } from '../helpers/fixtures.js'

const family = (name: string): string[] => schemeFamilies().find(f => f.family === name)!.tags
const PGVECTOR = family('pgvector')
const PGROUTING = family('pgrouting')
const PYPY = tagHistory('pypy')

function choose(tags: readonly string[], current?: string, inputs: PolicyInputs = {}) {
  return selectTags(tags, buildPolicy(inputs), current)
}
const chosen = (tags: readonly string[], current?: string): string | undefined =>
  choose(tags, current).passing[0]?.tag

// timescale/timescaledb: X.Y.Z-pgNN[-oss] as pulled in public test containers and
// compose files (2.17.2-pg16, 2.16.1-pg16, 2.15.2-pg16, 2.18.0-pg16, 2.1.1-pg13,
// 2.14.2-pg13-oss, 2.26.0-pg17-oss), the pg17 builds of the same releases, and the
// floating latest-pgNN tags its Docker Hub page lists.
const TIMESCALEDB = [
  ...['2.1.0-pg13', '2.1.1-pg13', '2.14.2-pg13', '2.14.2-pg13-oss', '2.14.2-pg16'],
  ...['2.15.2-pg16', '2.16.1-pg16', '2.16.1-pg17', '2.17.2-pg16', '2.17.2-pg17'],
  ...['2.18.0-pg16', '2.18.0-pg17', '2.26.0-pg17', '2.26.0-pg17-oss', '2.26.0-pg18'],
  ...['latest-pg13', 'latest-pg16', 'latest-pg17', 'latest-pg18', 'latest-pg17-oss']
]
// apache/airflow: X.Y.Z-pythonA.B and slim-X.Y.Z-pythonA.B, latest-pythonA.B
// (the tag scheme of its "Docker image" documentation).
const AIRFLOW = [
  ...['2.10.3-python3.11', '2.10.3-python3.12', '2.10.4-python3.11', '2.10.4-python3.12'],
  ...['2.10.5-python3.12', '3.0.1-python3.12', '3.0.1-python3.13', '3.0.2-python3.13'],
  ...['slim-2.10.4-python3.12', 'slim-2.10.5-python3.12', 'slim-3.0.2-python3.13'],
  ...['2.10.4', '2.10.5', '3.0.2', 'latest', 'latest-python3.12', 'slim-latest']
]
// citusdata/citus: each release built on one PostgreSQL major (11.3 on 15,
// 12.1 on 16, 13.0 on 17), so the number changes with every version, as a build
// counter would; a product's major is never a counter.
const CITUS = [
  ...['11.3.0-pg15', '12.0.0-pg16', '12.1.0-pg16', '12.1.5-pg16', '13.0.0-pg17'],
  ...['13.0.3-pg17', '11.3.0', '12.1.5', '13.0.3', '12.1', 'latest']
]

describe('rule 1: a number in the variant that names another product’s major is a line', () => {
  it.each([
    ['pgvector', PGVECTOR, '0.7.4-pg16', '0.8.1-pg16'],
    ['pgvector, the line stopped', PGVECTOR, '0.6.0-pg12', '0.7.4-pg12'],
    ['timescaledb', TIMESCALEDB, '2.14.2-pg16', '2.18.0-pg16'],
    ['timescaledb, oss build', TIMESCALEDB, '2.14.2-pg13-oss', '2.14.2-pg13-oss'],
    ['timescaledb, the line stopped', TIMESCALEDB, '2.1.0-pg13', '2.14.2-pg13'],
    ['airflow', AIRFLOW, '2.10.3-python3.11', '2.10.4-python3.11'],
    ['airflow, slim channel', AIRFLOW, 'slim-2.10.4-python3.12', 'slim-2.10.5-python3.12'],
    ['citus, one major per release', CITUS, '12.0.0-pg16', '12.1.5-pg16'],
    ['citus, the plain tag', CITUS, '12.1.5', '13.0.3']
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(chosen(tags, current)).toBe(expected)
  })

  it('says when the line stopped and a newer version is on another line', () => {
    const s = choose(PGVECTOR, '0.6.0-pg12')
    expect(s.lineStopped?.tag).toMatch(/^0\.8\.1-pg1[3-8]$/)
    expect(lineNotes(s)).toEqual([
      '`-pg12` is a line: PostgreSQL 12.',
      `The line has no tag newer than 0.7.4-pg12: ${s.lineStopped!.tag} is newer but on another line, so the tag stays.`
    ])
    expect(choose(PGVECTOR, '0.7.4-pg16').lineStopped).toBeUndefined()
    expect(lineStoppedNote(s)).toMatch(
      /^no newer tag on this line \(0\.8\.1-pg1[3-8] is newer, on another line\)$/
    )
  })

  it('says so too when the line is written before the version', () => {
    // tensorchord/pgvecto-rs: pgNN-vX.Y.Z (pg16-v0.4.0 as pulled in public Dockerfiles).
    const tags = ['pg15-v0.2.1', 'pg16-v0.2.1', 'pg16-v0.3.0', 'pg17-v0.4.0', 'pg16-v0.2.0']
    const s = choose(tags, 'pg16-v0.2.1')
    expect(s.passing[0]?.tag).toBe('pg16-v0.3.0')
    expect(s.lineStopped?.tag).toBe('pg17-v0.4.0')
    expect(choose(tags, 'pg15-v0.2.1').lineStopped?.tag).toBe('pg17-v0.4.0')
    expect(formatReading(s.passing[0]!)).toContain('`pg16-` is a line: PostgreSQL 16')
  })

  it('shows the line in the reading', () => {
    const v = choose(CITUS, '12.1.0-pg16').passing[0]!
    expect(formatReading(v)).toBe(
      "version 12.1.5, variant 'pg16' (`-pg16` is a line: PostgreSQL 16)"
    )
    const py = choose(AIRFLOW, '2.10.3-python3.11').passing[0]!
    expect(formatReading(py)).toContain('`-python3.11` is a line: Python 3.11')
  })
})

// postgis/postgis: {PostgreSQL}-{PostGIS}[-alpine] and -master, as listed in the
// public image catalogues and compose files (16-3.4, 15-3.4, 14-3.4, 13-3.4,
// 16-3.4-alpine) and docker-postgis's version directories.
const POSTGIS = [
  ...['13-3.3', '13-3.4', '14-3.3', '14-3.4', '15-3.3', '15-3.4', '16-3.4', '16-3.5', '17-3.5'],
  ...['13-3.4-alpine', '16-3.4-alpine', '16-3.5-alpine', '17-3.5-alpine', '16-master', 'latest']
]
// ubuntu/nginx (Ubuntu rocks): VERSION-UBUNTU_channel: the second number is the OS release.
const UBUNTU_ROCKS = ['1.18-22.04_beta', '1.18-22.04_edge', '1.24-24.04_beta', '1.24-24.04_edge']

describe('rule 2: two or three versions in one tag', () => {
  it.each([
    ['pgrouting', PGROUTING, '16-3.4-3.6.1', '16-3.5-4.0.0'],
    ['pgrouting, the line stopped', PGROUTING, '13-3.5-3.7', '13-3.5-3.8'],
    ['pypy', PYPY, '3.10-7.3.12-slim', '3.10-7.3.19-slim'],
    ['pypy, no flavour', PYPY, '3.9-7.3.8', '3.9-7.3.16'],
    [
      'pypy, Windows',
      PYPY,
      '3.10-7.3.12-windowsservercore-1809',
      '3.10-7.3.19-windowsservercore-1809'
    ],
    ['postgis', POSTGIS, '13-3.3', '13-3.4'],
    ['postgis alpine', POSTGIS, '16-3.4-alpine', '16-3.5-alpine'],
    ['postgis, newest line', POSTGIS, '17-3.5', '17-3.5'],
    [
      'ubuntu rocks: the OS release is the variant',
      UBUNTU_ROCKS,
      '1.18-22.04_beta',
      '1.18-22.04_beta'
    ]
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(chosen(tags, current)).toBe(expected)
  })

  it.each([
    ['postgis branch build', POSTGIS, '16-master'],
    ['pypy, Python line alone', PYPY, '3.10-slim'],
    ['pypy, bare Python line', PYPY, '3.9']
  ])('keeps a tag that names a line of the other tags: %s %s', (_name, tags, current) => {
    const s = choose(tags, current)
    expect(s.passing.map(v => v.tag)).toEqual([current])
    expect(s.pinned).toMatch(/newest tag of a line/)
  })

  it('moves such a tag where the repository writes no lines', () => {
    expect(chosen(['16-master', '17-master', '16.1', '17.2'], '16-master')).toBe('17-master')
  })

  it('reads the first version as the line, the middle one with the version', () => {
    const v = choose(PGROUTING, '16-3.4-3.6.1').current!.version!
    expect(describeReading(v)).toMatchObject({ line: '16', version: '3.4-3.6.1', revision: '' })
    expect(formatReading(v)).toContain('`16` is a line')
  })

  it('calls a move of the middle version by its own kind', () => {
    const tags = ['16-3.4-3.6.2', '16-3.5-3.6.2', '17-3.5-3.7.0']
    expect(choose(tags, '16-3.4-3.6.2').current).toMatchObject({ update: 'minor' })
    expect(choose(PGROUTING, '16-3.4-3.6.1').current).toMatchObject({ update: 'major' })
  })

  it('keeps the line when the repository also counts builds', () => {
    const tags = ['16-3.4-3.6.1-r1', '16-3.4-3.6.1-r2', '16-3.4-3.6.2-r0', '17-3.5-3.7.0-r1']
    const s = choose(tags, '16-3.4-3.6.1-r1')
    expect(s.passing.map(v => v.tag)).toEqual([
      '16-3.4-3.6.2-r0',
      '16-3.4-3.6.1-r2',
      '16-3.4-3.6.1-r1'
    ])
    expect(s.passing[0]).toMatchObject({ line: '16', variant: '' })
  })

  it('reads the version of a filter group with its line', () => {
    const policy = { filter: '^release-(?<version>.+)$' }
    const tags = ['release-16-3.4-3.6.1', 'release-16-3.4-3.6.2', 'release-17-3.5-3.7.0']
    expect(choose(tags, 'release-16-3.4-3.6.1', policy).passing[0]?.tag).toBe(
      'release-16-3.4-3.6.2'
    )
  })

  it('with no current tag prefers tags without a line, else the newest line', () => {
    expect(chosen(PYPY)).toBe('3.11')
    expect(chosen(POSTGIS)).toBe('17-3.5')
  })
})

// mcr.microsoft.com/windows/servercore and nanoserver: OS tags quoted in public
// Dockerfiles and docs (10.0.17763.437, .615-amd64, .737, .864, .1040,
// 10.0.14393.1593, .2972, 10.0.18362.959-amd64, 10.0.18363.1556; nanoserver
// 10.0.14393.953, .2068, 10.0.17763.437, .678, .737, .1518), official-images'
// pins (10.0.20348.1366, .1487), and the release names of the tag pages.
const SERVERCORE = [
  ...['10.0.14393.1593', '10.0.14393.2972', '10.0.17763.437', '10.0.17763.615-amd64'],
  ...['10.0.17763.737', '10.0.17763.864', '10.0.17763.1040', '10.0.18362.959-amd64'],
  ...['10.0.18363.1556', '10.0.20348.1366', '10.0.20348.1487'],
  ...['ltsc2016', 'ltsc2019', 'ltsc2019-amd64', 'ltsc2022', 'ltsc2025'],
  ...['1809', '1903', '1909', '2004', '20H2']
]
const NANOSERVER = [
  ...['10.0.14393.953', '10.0.14393.2068', '10.0.17763.437', '10.0.17763.678'],
  ...['10.0.17763.737', '10.0.17763.1518', '1809', '2004', '20H2', 'ltsc2022', 'ltsc2025']
]

describe('rule 3: OS releases in Windows tags', () => {
  it.each([
    ['servercore, 2019 build', SERVERCORE, '10.0.17763.437', '10.0.17763.1040'],
    ['servercore, 2016 build', SERVERCORE, '10.0.14393.1593', '10.0.14393.2972'],
    ['servercore, 2022 build', SERVERCORE, '10.0.20348.1366', '10.0.20348.1487'],
    ['servercore, per-arch', SERVERCORE, '10.0.17763.615-amd64', '10.0.17763.615-amd64'],
    ['servercore, semi-annual 1809', SERVERCORE, '1809', '1809'],
    ['servercore, ltsc2019', SERVERCORE, 'ltsc2019', 'ltsc2019'],
    ['servercore, ltsc2019-amd64', SERVERCORE, 'ltsc2019-amd64', 'ltsc2019-amd64'],
    ['servercore, 20H2', SERVERCORE, '20H2', '20H2'],
    ['nanoserver, 2019 build', NANOSERVER, '10.0.17763.437', '10.0.17763.1518'],
    ['nanoserver, 2016 build', NANOSERVER, '10.0.14393.953', '10.0.14393.2068'],
    ['nanoserver, 1809', NANOSERVER, '1809', '1809'],
    [
      'pypy, ltsc2022',
      PYPY,
      '3.10-7.3.12-windowsservercore-ltsc2022',
      '3.10-7.3.19-windowsservercore-ltsc2022'
    ]
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(chosen(tags, current)).toBe(expected)
  })

  it('keeps a Windows release and says why', () => {
    const s = choose(SERVERCORE, 'ltsc2019')
    expect(s.pinned).toMatch(/Windows release/)
    expect(s.current).toEqual({ tag: 'ltsc2019', reason: s.pinned })
    expect(lineNotes(s)).toEqual([`The current tag ltsc2019 is ${s.pinned}.`])
  })

  it('names the Windows release of a build', () => {
    const v = choose(SERVERCORE, '10.0.17763.437').passing[0]!
    expect(formatReading(v)).toContain('Windows build 17763 (Windows Server 2019 (1809))')
  })

  it('never answers a release name for a version', () => {
    expect(chosen(SERVERCORE)).toBe('10.0.20348.1487')
    expect(chosen(NANOSERVER)).toBe('10.0.17763.1518')
  })

  it('reads 1809 as a version where the repository has no Windows tags', () => {
    expect(chosen(['1709', '1803', '1809', '1903'], '1809')).toBe('1903')
  })
})

// registry.access.redhat.com/ubi9-minimal and ubi8/ubi-minimal: tags pulled in
// public Dockerfiles and update pull requests (9.3-1612, 9.4-1134, 9.4-1194,
// 9.4-949.1714662671, 9.4-1227.1725849298, 9.4-1227.1726694542, 9.5-1733767867,
// 9.7-1762180032, 9.7-1776104705; 8.10-1018, 8.10-1179, 8.10-896.1717584414,
// 8.10-1052.1724178568, 8.10-1769387960, 8.10-1785302592), and the X.Y tags.
const UBI9_MINIMAL = [
  ...['9.3-1612', '9.4-949.1714662671', '9.4-1134', '9.4-1194', '9.4-1227.1725849298'],
  ...['9.4-1227.1726694542', '9.5-1733767867', '9.7-1762180032', '9.7-1776104705'],
  ...['9.2', '9.3', '9.4', '9.5', '9.6', '9.7', 'latest']
]
const UBI8_MINIMAL = [
  ...['8.10-896.1717584414', '8.10-1018', '8.10-1052.1724178568', '8.10-1179'],
  ...['8.10-1769387960', '8.10-1785302592', '8.9', '8.10', 'latest']
]
// ubi9/go-toolset (and ubi8's): GO-BUILD.TIME, then GO-TIME, as pinned in public Dockerfiles.
const GO_TOOLSET = [
  ...['1.21.13-1.1727869850', '1.21.13-2.1729776560', '1.22.7-1733160835'],
  ...['1.24.4-1754467841', '1.25.3-1767788444', '1.21', '1.25', 'latest']
]

describe('rule 4: build numbers that became timestamps', () => {
  it.each([
    ['ubi9-minimal, counter', UBI9_MINIMAL, '9.4-1134', '9.7-1776104705'],
    ['ubi9-minimal, counter.time', UBI9_MINIMAL, '9.4-1227.1726694542', '9.7-1776104705'],
    ['ubi9-minimal, time', UBI9_MINIMAL, '9.5-1733767867', '9.7-1776104705'],
    ['ubi9-minimal, the version tag', UBI9_MINIMAL, '9.4', '9.7'],
    ['ubi8-minimal, counter', UBI8_MINIMAL, '8.10-1018', '8.10-1785302592'],
    ['ubi8-minimal, counter.time', UBI8_MINIMAL, '8.10-896.1717584414', '8.10-1785302592'],
    ['go-toolset, build.time', GO_TOOLSET, '1.21.13-1.1727869850', '1.25.3-1767788444']
  ])('%s: %s', (_name, tags, current, expected) => {
    expect(chosen(tags, current)).toBe(expected)
  })

  it('reads a lone counter as a build where the other builds are times', () => {
    const tags = ['9.4-1227', '9.5-1733767867', '9.7-1762180032', '9.4', '9.7']
    expect(chosen(tags, '9.4-1227')).toBe('9.7-1762180032')
  })

  it('orders the builds of one version: counter, counter.time, then time alone', () => {
    const s = choose(UBI8_MINIMAL, '8.10-896.1717584414')
    expect(s.passing.map(v => v.tag)).toEqual([
      '8.10-1785302592',
      '8.10-1769387960',
      '8.10-1179',
      '8.10-1052.1724178568',
      '8.10-1018',
      '8.10-896.1717584414'
    ])
    expect(s.current).toMatchObject({ update: 'revision' })
  })
})

// Prefix channels: archlinux's flavour-date tags and linuxserver's arch and
// version- prefixes are in the scheme fixtures; here airflow's slim- channel
// and dates written with hyphens in an arch channel (the example).
const ARCH_DATES = [
  ...['amd64-2025-01-15', 'amd64-2025-02-01', 'amd64-2025-02-01-rc1', 'arm64-2025-03-01'],
  ...['amd64-20250301', 'amd64-2025-03-05T10-00-00Z', 'amd64-2025.03.05', 'amd64-focal-1.2'],
  ...['amd64-server-2.3.1', 'amd64-server-2.4.0', 'amd64-2.5.0', 'server-2.6.0'],
  ...['amd64-server-focal-2.7.0', 'amd64-server-3.0.0-22.04', '2025-03-01']
]
const ARCHLINUX = family('archlinux')

describe('rule 5: prefix channels of dates and versions', () => {
  it.each([
    [
      'a date in an arch channel keeps channel and spelling',
      ARCH_DATES,
      'amd64-2025-01-15',
      'amd64-2025-02-01'
    ],
    ['a version in a two-word channel', ARCH_DATES, 'amd64-server-2.3.1', 'amd64-server-2.4.0'],
    ['airflow slim channel', AIRFLOW, 'slim-2.10.4-python3.12', 'slim-2.10.5-python3.12'],
    ['archlinux flavour', ARCHLINUX, 'base-20240101.0.204074', 'base-20260816.0.574111'],
    [
      'archlinux longer flavour',
      ARCHLINUX,
      'base-devel-20240101.0.204074',
      'base-devel-20260816.0.574111'
    ]
  ])('%s', (_name, tags, current, expected) => {
    expect(chosen(tags, current)).toBe(expected)
  })

  it('never takes another spelling of a date, nor a timestamp for a day', () => {
    const tags = ['nightly-2025-01-15', 'nightly-2025-02-01', 'nightly-20250301']
    const more = [...tags, 'nightly-2025-03-05T10-00-00Z']
    expect(chosen(more, 'nightly-2025-01-15')).toBe('nightly-2025-02-01')
    expect(chosen(more, 'nightly-20250301')).toBe('nightly-20250301')
  })
})

// imprvai/imprv_pgvectorscale: 18-vX.Y.Z and 18-latest (its README); the issue's
// v3-latest and focal-latest.
const PGVECTORSCALE = ['18-v0.1.0', '18-v0.2.0', '18-latest', '17-v0.2.0', '17-latest']
const CHANNELS = ['v3.1.0', 'v3.2.0', 'v4.0.0', 'v3-latest', 'v4-latest', 'focal-latest', 'latest']

describe('rule 6: floating pins stay floating', () => {
  it.each([
    ['timescaledb latest-pg16', TIMESCALEDB, 'latest-pg16'],
    ['timescaledb latest-pg17-oss', TIMESCALEDB, 'latest-pg17-oss'],
    ['pgvector pg16', PGVECTOR, 'pg16'],
    ['pgvectorscale 18-latest', PGVECTORSCALE, '18-latest'],
    ['v3-latest', CHANNELS, 'v3-latest'],
    ['focal-latest', CHANNELS, 'focal-latest'],
    ['airflow latest-python3.12', AIRFLOW, 'latest-python3.12']
  ])('%s is kept', (_name, tags, current) => {
    const s = choose(tags, current)
    expect(s.passing.map(v => v.tag)).toEqual([current])
    expect(s.pinned).toMatch(/floating tag/)
    expect(s.current).toEqual({ tag: current, reason: s.pinned })
  })

  it('reads a kept pin as no version', () => {
    const s = choose(TIMESCALEDB, 'latest-pg16')
    expect(formatReading(s.passing[0]!)).toBe('not a version: kept as it is')
    expect(s.passing[0]!.components).toEqual([])
  })

  it('a pin the registry no longer lists has no tag to report', () => {
    const s = choose(CHANNELS, 'v2-latest')
    expect(s.passing).toEqual([])
    expect(explainNoMatch('x/app', s, buildPolicy({}))).toBe(
      'x/app has no tag v2-latest (7 tags listed); it is a floating tag its publisher moves, ' +
        'so it is kept. Pin a tag the registry lists.'
    )
  })

  it('a lone latest still stands for the newest release', () => {
    const s = choose(CHANNELS, 'latest')
    expect(s.pinned).toBeUndefined()
    expect(s.passing[0]?.tag).toBe('v4.0.0')
  })

  it('a version beside a floating tag moves as usual', () => {
    expect(chosen(PGVECTORSCALE, '18-v0.1.0')).toBe('18-v0.2.0')
  })
})
