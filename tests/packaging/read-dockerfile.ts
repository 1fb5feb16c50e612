export interface DockerInstruction {
  keyword: string
  /** The arguments as written, continuation lines joined with a space. */
  text: string
  /** 1-based line where the instruction starts. */
  line: number
}

export interface DockerStage {
  name: string | undefined
  image: string
  instructions: DockerInstruction[]
}

/** Splits a Dockerfile into its stages and instructions (comments and `\` continuations handled). */
export function readDockerfile(content: string): {
  args: DockerInstruction[]
  stages: DockerStage[]
} {
  const args: DockerInstruction[] = []
  const stages: DockerStage[] = []
  for (const instruction of readInstructions(content)) {
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = instruction.text.split(/\s+/)
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] })
    } else if (stages.length === 0) {
      args.push(instruction)
    } else {
      stages.at(-1)?.instructions.push(instruction)
    }
  }
  return { args, stages }
}

function readInstructions(content: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = []
  let pending: DockerInstruction | undefined
  content.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim()
    if (text.startsWith('#') || (text === '' && pending === undefined)) return
    const continues = text.endsWith('\\')
    const body = continues ? text.slice(0, -1).trim() : text
    if (pending) {
      pending.text = `${pending.text} ${body}`.trim()
    } else {
      const [keyword = '', ...rest] = body.split(/\s+/)
      pending = { keyword: keyword.toUpperCase(), text: rest.join(' '), line: index + 1 }
    }
    if (!continues) {
      instructions.push(pending)
      pending = undefined
    }
  })
  return instructions
}

/** The exec form `["a", "b"]` of CMD/ENTRYPOINT/HEALTHCHECK as an array; a shell form is refused. */
export function readExecForm(text: string): string[] {
  const parsed: unknown = JSON.parse(text)
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string'))
    throw new Error(`not an exec form: ${text}`)
  return parsed
}

/** `ENV A=1 B=2` (the `key=value` form) as a record. */
export function readEnv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(/\s+/)
      .filter((pair) => pair.includes('='))
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
}
