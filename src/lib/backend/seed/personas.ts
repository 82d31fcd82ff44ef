import type { Actor, Persona, SessionUser } from '../../api/schemas'

export const PERSONA_IDS = ['cllr-banbury', 'cllr-oxford', 'cllr-didcot', 'chair'] as const
export type PersonaId = (typeof PERSONA_IDS)[number]

/** Demo sign-in choices. The names are plainly made up; none is a real person. */
export const PERSONAS: readonly Persona[] = [
  {
    id: 'cllr-banbury',
    name: 'Demo Councillor A',
    role: 'councillor',
    divisionId: 'banbury-calthorpe',
    description: 'Councillor for Banbury Calthorpe division (Cherwell).',
  },
  {
    id: 'cllr-oxford',
    name: 'Demo Councillor B',
    role: 'councillor',
    divisionId: 'jericho-and-osney',
    description: 'Councillor for Jericho and Osney division (Oxford).',
  },
  {
    id: 'cllr-didcot',
    name: 'Demo Councillor C',
    role: 'councillor',
    divisionId: 'didcot-ladygrove',
    description: 'Councillor for Didcot Ladygrove division (South Oxfordshire).',
  },
  {
    id: 'chair',
    name: 'Demo Chair',
    role: 'chair',
    divisionId: null,
    description: 'Independent chair of the Safeguarding Children Board: reviews every concern.',
  },
]

const byId = new Map(PERSONAS.map((persona) => [persona.id, persona]))

export const findPersona = (id: string): Persona | undefined => byId.get(id)

export function personaById(id: PersonaId): Persona {
  const persona = byId.get(id)
  if (!persona) throw new Error(`No demo persona ${id}`)
  return persona
}

export const sessionUserOf = ({ id, name, role, divisionId }: Persona): SessionUser => ({
  id,
  name,
  role,
  divisionId,
})

export const actorOf = ({ id, name, role }: SessionUser): Actor => ({ id, name, role })
