/** Podman Quadlet units: Image= of [Container] and [Image], and the traps beside them. */
import { describe, expect, it } from '@jest/globals'
import { findReferences } from '../../src/files/find.js'
import { applyChanges } from '../../src/files/rewrite.js'
import { summary } from './helpers.js'

const found = (text: string, file = 'systemd/app.container') =>
  summary(findReferences(file, text).references)

describe('Quadlet', () => {
  // prettier-ignore
  it.each([
    ['a container unit', '[Unit]\nDescription=db\n\n[Container]\nImage=docker.io/library/mariadb:11.2.2-jammy\n# Image=docker.io/library/mariadb:10.11\n; Image=mariadb:10.6\n[Install]\nWantedBy=default.target\n', 'db.container', [[5, 'docker.io/library/mariadb:11.2.2-jammy', 'Image=']]],
    ['an image unit, blanks around =, CRLF, a BOM', '\ufeff[Image]\r\n  Image = quay.io/prometheus/node-exporter:v1.7.0  \r\n', 'metrics.image', [[2, 'quay.io/prometheus/node-exporter:v1.7.0', 'Image=']]],
    ['a specifier, another unit, a quoted value', '[Container]\nImage=docker.io/library/nats:%i\nImage=orders.build\nImage=base.image\nImage="nats:2.10"\n', 'a.container', []],
    ['Image= in another section', '[Service]\nImage=nats:2.10\n[X-Container]\nImage=nats:2.10\n', 'a.container', []],
    ['a continued line', '[Container]\nExec=a \\\nImage=nats:2.10\n', 'a.container', []],
    ['a build unit, a volume unit: not read', '[Build]\nImageTag=localhost/orders:1.0\n', 'orders.build', []],
    ['the [Image] section of a .container is not its image', '[Image]\nImage=nats:2.10\n', 'a.container', []]
  ])('%s', (_, text, file, references) => {
    expect(found(text, file)).toEqual(references)
  })

  it('rewrites only the tag, CRLF kept', () => {
    const text = '[Container]\r\nImage=docker.io/library/nats:2.10.7\r\nExec=--js\r\n'
    const [reference] = findReferences('b.container', text).references
    const digest = `sha256:${'f'.repeat(64)}`
    expect(applyChanges(text, [{ reference: reference!, tag: '2.10.9', digest }])).toBe(
      `[Container]\r\nImage=docker.io/library/nats:2.10.9@${digest}\r\nExec=--js\r\n`
    )
  })
})
