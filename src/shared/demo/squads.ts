import type { Squad } from '../model/athlete';
import type { WeeklyTemplateId } from './weekly-templates';

/** What the generator needs to know about a squad beyond its record. */
export interface DemoSquad {
  squad: Squad;
  /** 0-based position of the squad; also the seed part of its schedule. */
  index: number;
  sex: 'female' | 'male';
  templateId: WeeklyTemplateId;
  /** Ages of most players on the generation date, both included. */
  ageRangeYears: readonly [number, number];
}

interface SquadDefinition {
  name: string;
  sex: 'female' | 'male';
  templateId: WeeklyTemplateId;
  ageRangeYears: readonly [number, number];
}

/** A Dutch amateur football club: women's and men's teams, then their youth teams. */
const SQUAD_DEFINITIONS: readonly SquadDefinition[] = [
  { name: "Women's first team", sex: 'female', templateId: 'sundayMatch', ageRangeYears: [18, 34] },
  { name: "Men's first team", sex: 'male', templateId: 'saturdayMatch', ageRangeYears: [18, 35] },
  { name: 'Women U21', sex: 'female', templateId: 'sundayMatch', ageRangeYears: [17, 20] },
  { name: 'Men U21', sex: 'male', templateId: 'saturdayMatch', ageRangeYears: [17, 20] },
  { name: 'Women U19', sex: 'female', templateId: 'saturdayMatch', ageRangeYears: [17, 18] },
  { name: 'Men U19', sex: 'male', templateId: 'sundayMatch', ageRangeYears: [17, 18] },
];

const SQUAD_COLOURS = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#c2255c',
  '#5c940d',
];

/** Stable readable id of the squad at 0-based `index`. */
export function demoSquadId(index: number): string {
  return `demo-squad-${index + 1}`;
}

/** The club's squads; beyond the named ones, numbered squads alternate women and men. */
export function buildDemoSquads(squadCount: number): DemoSquad[] {
  const squads: DemoSquad[] = [];
  for (let index = 0; index < squadCount; index += 1) {
    const isFemale = index % 2 === 0;
    const definition: SquadDefinition = SQUAD_DEFINITIONS[index] ?? {
      name: `${isFemale ? 'Women' : 'Men'} squad ${index + 1}`,
      sex: isFemale ? 'female' : 'male',
      templateId: isFemale ? 'sundayMatch' : 'saturdayMatch',
      ageRangeYears: [18, 34],
    };
    const colour = SQUAD_COLOURS[index % SQUAD_COLOURS.length] ?? '#1c7ed6';
    squads.push({
      squad: { id: demoSquadId(index), name: definition.name, colour },
      index,
      sex: definition.sex,
      templateId: definition.templateId,
      ageRangeYears: definition.ageRangeYears,
    });
  }
  return squads;
}
