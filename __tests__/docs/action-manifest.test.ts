import { describe, expect, it } from '@jest/globals'
import { manifestProblems, readActionManifest } from './action-manifest.js'
import { readRepoFile, repoFileExists } from './sources.js'

const GOOD = `name: x
description: y
inputs:
  image:
    description: The image.
    required: false
    default: 'auto'
outputs:
  tag:
    description: The tag.
runs:
  using: node24
  main: dist/index.js
`

const everyFileExists = () => true

describe('action.yml', () => {
  it('has what a node24 action needs: names, descriptions, string defaults, an existing main', () => {
    expect(manifestProblems(readRepoFile('action.yml'), repoFileExists)).toEqual([])
  })

  it('gives every input and output an example', () => {
    const { descriptions } = readActionManifest(readRepoFile('action.yml'))
    const withoutExample = [...descriptions].filter(
      ([, text]) => !/Examples?:|as `\$\{\{/.test(text)
    )
    expect(withoutExample.map(([name]) => name)).toEqual([])
  })

  it('states each default in the description too, as the README table does', () => {
    const { inputs, descriptions } = readActionManifest(readRepoFile('action.yml'))
    const unstated = [...inputs].filter(([name, value]) => {
      if (value === undefined) return false
      const text = descriptions.get(`input ${name}`) ?? ''
      return !text.includes(`Default \`${value}\``) && !/Default: the workflow's/.test(text)
    })
    expect(unstated.map(([name]) => name)).toEqual([])
  })

  it.each([
    ['runs.using is node20', GOOD.replace('node24', 'node20'), "runs.using is 'node20'"],
    ['main is missing', GOOD.replace('  main: dist/index.js\n', ''), 'runs.main is missing'],
    [
      'an input has no description',
      GOOD.replace('    description: The image.\n', ''),
      "input 'image' has no description"
    ],
    [
      'an output has no description',
      GOOD.replace('    description: The tag.\n', '    value: 1\n'),
      "output 'tag' has no description"
    ],
    ['a default is a boolean', GOOD.replace("default: 'auto'", 'default: false'), 'not a string'],
    [
      'required is a string',
      GOOD.replace('required: false', "required: 'no'"),
      "'required' that is not a boolean"
    ],
    [
      'an input key is misspelt',
      GOOD.replace('required: false', 'requried: false'),
      "unknown key 'requried'"
    ],
    ['there is no description', GOOD.replace('description: y\n', ''), "'description' is missing"],
    ['branding has no color', `${GOOD}branding:\n  icon: tag\n`, 'branding.color is missing']
  ])('fails when %s', (_, text, problem) => {
    expect(manifestProblems(text, everyFileExists).join('\n')).toContain(problem)
  })

  it('fails when runs.main names a file that is not there', () => {
    expect(manifestProblems(GOOD, () => false)).toEqual([
      "runs.main 'dist/index.js' does not exist"
    ])
  })

  it('passes a good manifest', () => {
    expect(manifestProblems(GOOD, everyFileExists)).toEqual([])
    expect(readActionManifest(GOOD)).toMatchObject({
      inputs: new Map([['image', 'auto']]),
      outputs: new Set(['tag'])
    })
  })
})
