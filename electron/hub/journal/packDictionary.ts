/**
 * The preset dictionary of packed-line codec 2 (packedCodec.ts): text a packed body is likely to
 * repeat — the columnar body's own keys and skeleton, LiveEvent type names and field names —
 * that deflate may refer back to from a line's first bytes, which a line of 100 ms of events
 * otherwise spends spelling them out (≈ 10 % of a top room's packed bytes). Rarer text first,
 * the most common last (shorter distances are cheaper). No platform's ids or user ids: it is
 * about the format, not one source.
 *
 * FROZEN: lines written with codec 2 inflate only with exactly these bytes (a test pins their
 * checksum). A better dictionary is a new codec number beside this one, never an edit.
 */
export const PACK_DICTIONARY_2 = Buffer.from(
  '"platform","roomId","explain","start","stop","platform.warning","code","message","stream.end",'
  + '"cue.state","kind","state","flash_sale","lucky_bag","restock","product.state","stock","soldOut","price",'
  + '"order.cancelled","refund.approved","refund.requested","reason","viewer.stats","online","totalViewers",'
  + '"fanclub.join","share","follow","order.created","order.paid",'
  + '{"keys":["userId","orderId","productId","sku","quantity","amount"],"id":[],'
  + '{"keys":["orderId","productId","amount"],"id":[],{"keys":["online","totalViewers"],"id":[],'
  + '{"keys":["userId","productId"],"id":[],"product.click","comment","nickname","text",'
  + '{"t":["like","viewer.leave","viewer.enter","comment","product.click"],"o":"0120","g":['
  + '{"keys":["userId","nickname","text"],"id":[],"dt":[0,1,0,1,2],"cols":[[],[],[]],"ib":10,"kb":[10,0,0]},'
  + '{"keys":["userId"],"id":["",1,1,1,1,1,1,1],"dt":[0,1,1,0,1,0,0,1,2],"cols":[["",1,1]],"ib":36,"kb":[10]},'
  + '{"keys":["userId","count"],"id":["",1,-1,2,1],"dt":[0,0,1,0,0,1,0,0,0],"cols":[["",1,-1],[1,2,3,4,5,1,1,2]],"ib":36,"kb":[10,0]}]}',
  'latin1',
);
