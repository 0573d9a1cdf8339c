/**
 * The screens the skill supports, as Amazon's viewport profiles define them (sizes in dp,
 * as the alexa-viewport-profiles package and apl-suggester give them). The same table
 * declares `supportedViewports` in skill.json (a test keeps them equal), and sets the
 * document's sizes: one document whose resources change with `when` per profile.
 */

export type LayoutClass = 'round' | 'small' | 'medium' | 'large' | 'xlarge' | 'portrait' | 'tv';

export interface ViewportProfile {
  /** The profile's name in alexa-viewport-profiles. */
  id: string;
  layout: LayoutClass;
  mode: 'hub' | 'tv';
  shape: 'round' | 'rectangle';
  minWidth: number;
  maxWidth: number;
  minHeight: number;
  maxHeight: number;
  /** A device of this profile, in dp, for the tests and the README. */
  example: { name: string; width: number; height: number; touch: boolean };
}

export const VIEWPORT_PROFILES: readonly ViewportProfile[] = [
  {
    id: 'hubRoundSmall',
    layout: 'round',
    mode: 'hub',
    shape: 'round',
    minWidth: 100,
    maxWidth: 599,
    minHeight: 100,
    maxHeight: 599,
    example: { name: 'Echo Spot', width: 480, height: 480, touch: true },
  },
  {
    id: 'hubLandscapeSmall',
    layout: 'small',
    mode: 'hub',
    shape: 'rectangle',
    minWidth: 960,
    maxWidth: 1279,
    minHeight: 100,
    maxHeight: 599,
    example: { name: 'Echo Show 5', width: 960, height: 480, touch: true },
  },
  {
    id: 'hubLandscapeMedium',
    layout: 'medium',
    mode: 'hub',
    shape: 'rectangle',
    minWidth: 960,
    maxWidth: 1279,
    minHeight: 600,
    maxHeight: 959,
    example: { name: 'Echo Show 8', width: 960, height: 600, touch: true },
  },
  {
    id: 'hubLandscapeLarge',
    layout: 'large',
    mode: 'hub',
    shape: 'rectangle',
    minWidth: 1280,
    maxWidth: 1920,
    minHeight: 600,
    maxHeight: 1279,
    example: { name: 'Echo Show 10', width: 1280, height: 800, touch: true },
  },
  {
    id: 'hubLandscapeXLarge',
    layout: 'xlarge',
    mode: 'hub',
    shape: 'rectangle',
    minWidth: 1920,
    maxWidth: 2560,
    minHeight: 960,
    maxHeight: 1279,
    example: { name: 'Echo Show 15', width: 1920, height: 1080, touch: true },
  },
  {
    id: 'hubPortraitMedium',
    layout: 'portrait',
    mode: 'hub',
    shape: 'rectangle',
    minWidth: 960,
    maxWidth: 1279,
    minHeight: 1920,
    maxHeight: 2560,
    example: { name: 'Echo Show 15, upright', width: 1080, height: 1920, touch: true },
  },
  {
    id: 'tvLandscapeXLarge',
    layout: 'tv',
    mode: 'tv',
    shape: 'rectangle',
    minWidth: 960,
    maxWidth: 960,
    minHeight: 540,
    maxHeight: 540,
    example: { name: 'Fire TV', width: 960, height: 540, touch: false },
  },
];

/**
 * The APL condition that picks a layout class, from the viewport the device reports (dp).
 * An Echo Show 15 reports exactly 1920 wide, where Amazon's large and extra-large ranges
 * meet; its height (1080) is what puts it in the extra-large class.
 */
export const LAYOUT_CONDITIONS: Readonly<Record<Exclude<LayoutClass, 'medium'>, string>> = {
  round: "${viewport.shape == 'round'}",
  tv: "${viewport.mode == 'tv'}",
  portrait: "${viewport.shape != 'round' && viewport.mode != 'tv' && viewport.height > viewport.width}",
  small: "${viewport.shape != 'round' && viewport.mode != 'tv' && viewport.height <= viewport.width && viewport.width < 1280 && viewport.height < 600}",
  large: "${viewport.shape != 'round' && viewport.mode != 'tv' && viewport.height <= viewport.width && viewport.width >= 1280 && viewport.height < 960}",
  xlarge: "${viewport.shape != 'round' && viewport.mode != 'tv' && viewport.height <= viewport.width && viewport.height >= 960}",
};
