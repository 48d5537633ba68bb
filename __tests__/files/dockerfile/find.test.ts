import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../../src/files/find.js'
import { summary } from '../helpers.js'

const scan = (text: string) => findReferences('Dockerfile', text)
const found = (text: string) => summary(scan(text).references)

describe('Dockerfile instructions', () => {
  // prettier-ignore
  it.each([
    ['lowercase instructions and AS', 'from python:3.12 as build\nfrom build\n', [[1, 'python:3.12', 'FROM (stage build)']]],
    ['stage names whatever their case', 'FROM node:20 AS Build\nFROM BUILD AS final\nFROM build\n', [[1, 'node:20', 'FROM (stage build)']]],
    ['flags before the image', 'FROM --platform=linux/arm64 --some=x python:3.12 AS b\n', [[1, 'python:3.12', 'FROM (stage b)']]],
    ['tabs and spaces', 'FROM\t  python:3.12\t AS\tb  \n', [[1, 'python:3.12', 'FROM (stage b)']]],
    ['a continuation', 'FROM \\\n  python:3.12 \\\n  AS x\n', [[2, 'python:3.12', 'FROM (stage x)']]],
    ['CRLF continuations', 'FROM \\\r\n  python:3.12\r\nFROM node:20\r\n', [[2, 'python:3.12', 'FROM (stage 0)'], [3, 'node:20', 'FROM (stage 1)']]],
    ['empty and comment lines inside a continuation', 'FROM \\\n\n# a comment\n   \n   python:3.12\n', [[5, 'python:3.12', 'FROM (stage 0)']]],
    ['an escaped escape is no continuation', 'RUN echo a \\\\\nFROM python:3.12\n', [[2, 'python:3.12', 'FROM (stage 0)']]],
    ['a continuation to the end of the file', 'FROM python:3.12 \\\n', [[1, 'python:3.12', 'FROM (stage 0)']]],
    ['scratch', 'FROM scratch\nFROM SCRATCH\n', []],
    ['no tag: nothing to update', 'FROM python\nFROM ghcr.io/acme/app AS x\n', []],
    ['not a reference', 'FROM Python:3.12\nFROM python:-bad\nFROM\n', []],
    ['a digest without a tag', `FROM python@sha256:${'a'.repeat(64)}\n`, [[1, `python@sha256:${'a'.repeat(64)}`, 'FROM (stage 0)']]],
    ['COPY --from an image, not a stage or index', 'FROM node:20 AS b\nCOPY --from=b /a /a\nCOPY --from=0 /a /a\nCOPY --chown=1:1 --from=busybox:1.36 /bin/sh /sh\nCOPY --from=$X /a /a\n', [[1, 'node:20', 'FROM (stage b)'], [4, 'busybox:1.36', 'COPY --from (stage b)']]],
    ['ONBUILD FROM is not an instruction we read', 'ONBUILD FROM python:3.12\n', []],
    ['RUN --mount from an image, not a stage, a variable or a later word', 'FROM node:20 AS b\nRUN --mount=type=bind,from=debian:12.4,source=/z,target=/z \\\n  --mount=type=cache,from=b,target=/c cp -r /z /x --mount=from=alpine:3.19\nRUN --mount=from=$IMG,target=/x true\n', [[1, 'node:20', 'FROM (stage b)'], [2, 'debian:12.4', 'RUN --mount from (stage b)']]],
    ['# syntax= names the frontend; later or commented ones do not', '# syntax=docker/dockerfile:1.7-labs\nFROM python:3.12\n# syntax=docker/dockerfile:1.5\n', [[1, 'docker/dockerfile:1.7-labs', '# syntax='], [2, 'python:3.12', 'FROM (stage 0)']]],
    ['a syntax directive after a comment is a comment', '# hello\n# syntax=docker/dockerfile:1.7\nFROM python:3.12\n', [[3, 'python:3.12', 'FROM (stage 0)']]]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })
})

describe('Dockerfile parser directives', () => {
  // prettier-ignore
  it.each([
    ['escape=` makes ` the continuation', '# escape=`\nFROM python:3.12 `\n  AS b\nRUN dir c:\\\nFROM node:20\n', [[2, 'python:3.12', 'FROM (stage b)'], [5, 'node:20', 'FROM (stage 1)']]],
    ['after syntax', '# syntax=docker/dockerfile:1\n#escape = `\nRUN echo `\n  a\nFROM node:20\n', [[1, 'docker/dockerfile:1', '# syntax='], [5, 'node:20', 'FROM (stage 0)']]],
    ['not after a comment', '# hello\n# escape=`\nRUN echo `\nFROM python:3.12\n', [[4, 'python:3.12', 'FROM (stage 0)']]],
    ['not after an empty line', '\n# escape=`\nRUN echo \\\nFROM python:3.12\n', []]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })

  // prettier-ignore
  it.each([
    ['# escape=x\nFROM python:3.12\n', 1, /invalid escape character 'x'/],
    ['# syntax=docker/dockerfile:1\n# escape=\\\n# ESCAPE=`\nFROM python:3.12\n', 3, /only one escape parser directive/]
  ])('refuses %j', (text, line, message) => {
    expect(scan(text)).toEqual({ file: 'Dockerfile', references: [], problem: { file: 'Dockerfile', line, message: expect.stringMatching(message) } })
  })
})

describe('Dockerfile heredocs', () => {
  // prettier-ignore
  it.each([
    ['RUN <<EOF', 'RUN <<EOF\nFROM bad:1\nEOF\nFROM python:3.12\n', 4],
    ['RUN <<-EOT with tabs', 'RUN <<-EOT\n\tFROM bad:1\n\tEOT\nFROM python:3.12\n', 4],
    ['COPY <<"EOF" (quoted)', 'COPY <<"EOF" /etc/app.conf\nFROM bad:1\nEOF\nFROM python:3.12\n', 4],
    ["a file descriptor: 3<<'END'", "RUN 3<<'END' cat /dev/fd/3\nFROM bad:1\nEND\nFROM python:3.12\n", 4],
    ['two in one instruction', 'RUN <<A cat - <<B\nFROM x:1\nA\nFROM y:1\nB\nFROM python:3.12\n', 6],
    ['lowercase run and ONBUILD', 'run <<EOF\nFROM x:1\nEOF\nONBUILD RUN <<EOF\nFROM y:1\nEOF\nFROM python:3.12\n', 7],
    ['after a continuation', 'RUN \\\n  <<EOF\nFROM x:1\nEOF\nFROM python:3.12\n', 5],
    ['not in quotes', 'RUN echo "<<EOF"\nFROM python:3.12\n', 2],
    ['not a here-string', 'RUN cat <<< "x"\nFROM python:3.12\n', 2],
    ['not after other instructions', 'LABEL a=<<EOF\nFROM python:3.12\n', 2]
  ])('%s', (_, text, line) => {
    expect(found(text)).toEqual([[line, 'python:3.12', 'FROM (stage 0)']])
  })

  it('reports an unterminated heredoc where it starts', () => {
    expect(scan('FROM python:3.12\nRUN <<EOF\necho\n').problem).toEqual({
      file: 'Dockerfile',
      line: 2,
      message: "unterminated heredoc <<EOF (no line 'EOF' after it)"
    })
  })
})

describe('Dockerfile ARGs', () => {
  // prettier-ignore
  it.each([
    ['several in one instruction', 'ARG A=python:3.12 B="node:20"\nFROM $A\nFROM ${B}\n', [[1, 'python:3.12', 'FROM (stage 0) via ARG A'], [1, 'node:20', 'FROM (stage 1) via ARG B']]],
    ['single quotes', "ARG X='redis:7.2'\nFROM ${X}\n", [[1, 'redis:7.2', 'FROM (stage 0) via ARG X']]],
    ['lowercase arg', 'arg X=redis:7.2\nfrom ${X}\n', [[1, 'redis:7.2', 'FROM (stage 0) via ARG X']]],
    ['one ARG used twice is one reference', 'ARG IMG=python:3.12\nFROM ${IMG}\nFROM ${IMG} AS second\n', [[1, 'python:3.12', 'FROM (stages 0, second) via ARG IMG']]],
    ['the last declaration wins', 'ARG B=python:3.11\nARG B=python:3.12\nFROM $B\n', [[2, 'python:3.12', 'FROM (stage 0) via ARG B']]],
    ['a later declaration without a default keeps the value', 'ARG B=python:3.12\nARG B\nFROM $B\n', [[1, 'python:3.12', 'FROM (stage 0) via ARG B']]],
    ['ARGs using ARGs', 'ARG REG=ghcr.io/acme\nARG IMG=${REG}/app:1.0\nFROM $IMG\n', [[2, 'ghcr.io/acme/app:1.0', 'FROM (stage 0) via ARG IMG']]],
    ['ARGs inside a stage are not for FROM', 'FROM alpine:3.19\nARG LATE=python:3.12\nFROM ${LATE}\n', [[1, 'alpine:3.19', 'FROM (stage 0)']]],
    ['no default', 'ARG IMG\nFROM ${IMG}\nFROM python:${IMG}\n', []],
    ['undeclared (BuildKit platform ARGs included)', 'FROM ${NOPE}\nFROM app-${TARGETARCH}:1.0\n', []],
    [':- uses the default when unset or empty', 'ARG E=\nARG U\nFROM python:${E:-3.12}\nFROM node:${U:-20}\n', [[3, 'python:3.12', 'FROM (stage 0) via ARG E'], [4, 'node:20', 'FROM (stage 1) via ARG U']]],
    ['- uses the default only when unset', 'ARG E=\nFROM python:${E-3.12}\nFROM node:${U-20}\n', [[3, 'node:20', 'FROM (stage 1) via ARG U']]],
    [':+ uses the word when set', 'ARG S=1\nFROM python:3.12${S:+-slim}\n', [[2, 'python:3.12-slim', 'FROM (stage 0)']]],
    ['forms we do not read', 'ARG V=python:3.12.1\nFROM ${V%.*}\nFROM ${V/3/4}\n', []],
    ['the tag in an ARG, the rest in FROM', 'ARG TAG=1.4.2\nFROM ghcr.io/acme/app:v${TAG}\n', [[1, 'ghcr.io/acme/app:v1.4.2', 'FROM (stage 0) via ARG TAG']]],
    ['escaped dollar', 'FROM python:3.12\\$x\n', []]
  ])('%s', (_, text, references) => {
    expect(found(text)).toEqual(references)
  })
})
