/**
 * The demo rounds' frames: what Sundhedskassen and Den regionale udviklingskasse have to spend in
 * each year of the round, in mio. kr., for the board to hold the negotiation's initiatives against.
 */
export function demoFrames(round: { firstYear: number; lastYear: number }) {
  const frames: { year: number; area: string; amount: number }[] = [];
  for (let year = round.firstYear; year <= round.lastYear; year++) {
    frames.push(
      { year, area: 'health', amount: 60 },
      { year, area: 'regionalDevelopment', amount: 25 },
    );
  }
  return { frames };
}
