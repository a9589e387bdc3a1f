/**
 * The meeting types whose preparation shows the client's decision map: a negotiation or a signing
 * goes better knowing who decides, who sways them and who is against the offer (docs/domain.md §3).
 */
export const decisionMapMeetingTypes: readonly string[] = ['negotiation', 'signing'];

export function showsDecisionMap(meetingType: string): boolean {
  return decisionMapMeetingTypes.includes(meetingType);
}
