import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color } from 'three';
import { useLab } from '../lab/react/use-lab.tsx';

/** The scene's background colour, per theme (light for bright rooms and projectors). */
export const SCENE_BACKGROUND = { dark: '#0d1320', light: '#f3f5f8' } as const;

/** Sets the canvas background from the theme in use. */
export function SceneBackground() {
  const theme = useLab((s) => s.theme);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const color = useMemo(() => new Color(SCENE_BACKGROUND[theme]), [theme]);
  useEffect(() => {
    scene.background = color;
    invalidate();
  }, [scene, color, invalidate]);
  return null;
}
