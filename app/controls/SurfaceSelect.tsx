import {
  CONDITION_NUMBER_LIMITS,
  outsideText,
  surfaceCatalog,
  surfaceInfo,
  type SurfaceId,
  USER_SURFACE,
} from '../../src/index.ts';
import { chooseUserColumns } from '../data/user-data-actions.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field } from '../ui/Field.tsx';
import { LogRange } from '../ui/LogRange.tsx';
import './controls.css';

/** The surface or data set, its description, and κ for the surfaces that take one. */
export function SurfaceSelect() {
  const t = useT();
  const language = useLanguage();
  const e = useLab((s) => s.experiment);
  const problem = useProblem();
  const lab = useLabApi();
  const info = surfaceInfo(e.surface);
  const catalog = surfaceCatalog();
  const userTable = useLab((s) => s.userTable);
  const userChoice = useLab((s) => s.userChoice);
  // The user's data are offered once a table is read (the data panel picks its columns).
  // The file's name comes from outside: sanitized and cut like every such text.
  const fileName = e.userData?.fileName ?? userTable?.name;
  const userName = fileName === undefined ? undefined : outsideText(fileName);
  return (
    <>
      <Field label={t('surface')}>
        {(id) => (
          <select
            id={id}
            value={e.surface}
            onChange={(ev) => {
              const surface = ev.target.value as SurfaceId;
              if (surface === USER_SURFACE && userChoice) chooseUserColumns(lab, userChoice);
              else lab.change({ surface });
            }}
          >
            <optgroup label={t('groupData')}>
              {catalog
                .filter((s) => s.data)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {localized(s.name, language)}
                  </option>
                ))}
              {userName !== undefined ? (
                <option value={USER_SURFACE}>
                  {`${localized(surfaceInfo(USER_SURFACE).name, language)}: ${userName}`}
                </option>
              ) : null}
            </optgroup>
            <optgroup label={t('groupFormula')}>
              {catalog
                .filter((s) => !s.data)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {localized(s.name, language)}
                  </option>
                ))}
            </optgroup>
          </select>
        )}
      </Field>
      {problem ? (
        <p className="description">{localized(problem.surface.description, language)}</p>
      ) : null}
      {info.takesConditionNumber ? (
        <Field label={`${t('conditionNumberSetting')}: ${e.conditionNumber}`}>
          {(id) => (
            <LogRange
              id={id}
              lo={CONDITION_NUMBER_LIMITS[0]}
              hi={CONDITION_NUMBER_LIMITS[1]}
              value={e.conditionNumber}
              onChange={(conditionNumber) => lab.change({ conditionNumber })}
            />
          )}
        </Field>
      ) : null}
    </>
  );
}
